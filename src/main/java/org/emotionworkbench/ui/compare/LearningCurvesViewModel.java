package org.emotionworkbench.ui.compare;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.emotionworkbench.run.HistoryCsv;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.ui.common.BackgroundTask;
import org.emotionworkbench.ui.common.TaskRunner;
import org.emotionworkbench.ui.training.ChartPoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The learning curves of the runs chosen on the Compare screen, overlaid (TensorBoard-style): one series per run of
 * the chosen metric per epoch from its {@code history.csv}, smoothed by an exponential moving average. Histories are
 * read in the background; metric and smoothing changes redraw from memory.
 */
public final class LearningCurvesViewModel {
    private final TaskRunner tasks;
    private final ObjectProperty<CurveMetric> metric = new SimpleObjectProperty<>(CurveMetric.VAL_ACCURACY);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0.6);
    private final ObservableList<CurveSeries> series = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final AtomicLong generation = new AtomicLong();
    private Map<String, List<EpochMetrics>> histories = Map.of();

    public LearningCurvesViewModel(TaskRunner tasks, ObservableList<RunRow> chosen) {
        this.tasks = tasks;
        chosen.addListener((ListChangeListener<RunRow>) c -> load(List.copyOf(chosen)));
        metric.addListener((o, a, b) -> redraw());
        smoothing.addListener((o, a, b) -> redraw());
        load(List.copyOf(chosen));
    }

    /** Reads the chosen runs' histories (a run's cross-dataset evaluations share its run's history). */
    BackgroundTask<Map<String, List<EpochMetrics>>> load(List<RunRow> rows) {
        long gen = generation.incrementAndGet();
        if (rows.isEmpty()) {
            histories = Map.of();
            redraw();
            return null;
        }
        return tasks.submit(BackgroundTask.of("Reading learning curves", p -> read(rows))
                .onSuccess(h -> {
                    if (generation.get() == gen) {
                        histories = h;
                        redraw();
                    }
                }));
    }

    private static Map<String, List<EpochMetrics>> read(List<RunRow> rows) throws IOException {
        Map<String, List<EpochMetrics>> out = new LinkedHashMap<>();
        for (RunRow r : rows) {
            Path history = r.headline().runDir().resolve(RunFolder.HISTORY);
            if (Files.isRegularFile(history)) {
                out.put(r.name(), HistoryCsv.read(history));
            }
        }
        return out;
    }

    private void redraw() {
        List<CurveSeries> out = new ArrayList<>();
        double w = Math.max(0, Math.min(0.99, smoothing.get()));
        histories.forEach((label, h) -> {
            List<Double> values = h.stream().map(m -> metric.get().of(m)).toList();
            List<Double> smooth = CurveSmoothing.ema(values, w);
            List<ChartPoint> pts = new ArrayList<>();
            for (int i = 0; i < h.size(); i++) {
                if (Double.isFinite(smooth.get(i))) {
                    pts.add(new ChartPoint(h.get(i).epoch(), smooth.get(i)));
                }
            }
            out.add(new CurveSeries(label, pts));
        });
        series.setAll(out);
        note.set(histories.isEmpty() ? "Choose runs above to see their learning curves." : "");
    }

    public ObjectProperty<CurveMetric> metricProperty() {
        return metric;
    }

    /** Smoothing weight in [0, 0.99]: 0 shows the raw curves. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    public ObservableList<CurveSeries> series() {
        return series;
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
