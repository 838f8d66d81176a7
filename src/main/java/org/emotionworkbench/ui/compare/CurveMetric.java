package org.emotionworkbench.ui.compare;

import org.emotionworkbench.training.EpochMetrics;

import java.util.function.ToDoubleFunction;

/** Which per-epoch figure of a run's history.csv the learning curves show. */
public enum CurveMetric {
    VAL_ACCURACY("validation accuracy", EpochMetrics::valAccuracy),
    VAL_LOSS("validation loss", EpochMetrics::valLoss),
    ACCURACY("training accuracy", EpochMetrics::accuracy),
    LOSS("training loss", EpochMetrics::loss);

    private final String title;
    private final ToDoubleFunction<EpochMetrics> value;

    CurveMetric(String title, ToDoubleFunction<EpochMetrics> value) {
        this.title = title;
        this.value = value;
    }

    double of(EpochMetrics m) {
        return value.applyAsDouble(m);
    }

    @Override
    public String toString() {
        return title;
    }
}
