package org.emotionworkbench.ui.training;

import org.emotionworkbench.ui.common.NodeExport;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.StringConverter;

import java.util.Locale;

/** The four live charts (accuracy, loss, batch loss, learning rate) over one epoch axis, in a 2×2 grid. */
final class TrainingCharts extends GridPane {
    final LineChart<Number, Number> accuracy;
    final LineChart<Number, Number> loss;
    final LineChart<Number, Number> batchLoss;
    final LineChart<Number, Number> learningRate;

    TrainingCharts(TrainingProgressModel m) {
        setId("training-charts");
        setHgap(4);
        setVgap(4);
        IntegerProperty epochs = m.epochAxisProperty();

        NumberAxis accY = new NumberAxis(0, 1, 0.1);
        accY.setLabel("accuracy");
        accuracy = chart("accuracy-chart", "Accuracy per epoch", epochAxis(epochs), accY, true);
        accuracy.getData().add(ChartSeries.following("train", m.trainAccuracy()));
        accuracy.getData().add(ChartSeries.following("validation", m.valAccuracy()));
        accuracy.getData().add(ChartSeries.following("best epoch", m.bestAccuracyMark()));
        accuracy.getStyleClass().add("best-marker-chart");

        NumberAxis lossY = new NumberAxis();
        lossY.setLabel("loss");
        lossY.setForceZeroInRange(true);
        loss = chart("loss-chart", "Loss per epoch", epochAxis(epochs), lossY, true);
        loss.getData().add(ChartSeries.following("train", m.trainLoss()));
        loss.getData().add(ChartSeries.following("validation", m.valLoss()));
        loss.getData().add(ChartSeries.following("best epoch", m.bestLossMark()));
        loss.getStyleClass().add("best-marker-chart");

        NumberAxis batchY = new NumberAxis();
        batchY.setLabel("loss");
        batchLoss = chart("batch-loss-chart", "Loss per batch", epochAxis(epochs), batchY, false);
        batchLoss.getData().add(ChartSeries.following("batch loss", m.batchLoss()));
        batchLoss.titleProperty().bind(Bindings.createStringBinding(() -> m.batchesPerPointProperty().get() <= 1
                ? "Loss per batch" : "Loss per batch (each point: mean of " + m.batchesPerPointProperty().get()
                + " batches)", m.batchesPerPointProperty()));

        NumberAxis lrY = new NumberAxis();
        lrY.setLabel("learning rate");
        lrY.setForceZeroInRange(true); // a constant rate would otherwise get a range of ±0 and unreadable ticks
        lrY.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return String.format(Locale.ROOT, "%.1e", n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        learningRate = chart("lr-chart", "Learning rate per epoch", epochAxis(epochs), lrY, true);
        learningRate.getData().add(ChartSeries.following("learning rate", m.learningRate()));

        add(accuracy, 0, 0);
        add(loss, 1, 0);
        add(batchLoss, 0, 1);
        add(learningRate, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }
    }

    private static LineChart<Number, Number> chart(String id, String title, NumberAxis x, NumberAxis y, boolean symbols) {
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setId(id);
        c.setTitle(title);
        c.setAnimated(false);
        c.setCreateSymbols(symbols);
        c.setLegendVisible(true);
        c.setMinSize(200, 160);
        c.setPrefSize(400, 260);
        NodeExport.install(c, id);
        return c;
    }

    /** 0 … the model's epoch bound, with a readable tick step. */
    private static NumberAxis epochAxis(IntegerProperty epochs) {
        NumberAxis x = new NumberAxis(0, upper(epochs.get()), tick(epochs.get()));
        x.setLabel("epoch");
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        epochs.addListener((o, a, n) -> {
            x.setUpperBound(upper(n.intValue()));
            x.setTickUnit(tick(n.intValue()));
        });
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue(); // ticks are whole epochs; the padded upper bound gets no label
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        return x;
    }

    /** A little room after the last epoch, so that points and the best-epoch mark there stay clear of the edge. */
    static double upper(int epochs) {
        int e = Math.max(1, epochs);
        return e + Math.max(0.25, e * 0.03);
    }

    /** 1, 2, 5, 10, 20, 50, … so that about ten ticks or fewer show. */
    static double tick(int epochs) {
        int e = Math.max(1, epochs);
        for (long step = 1; ; step *= 10) {
            for (long k : new long[]{1, 2, 5}) {
                if (e / (double) (k * step) <= 10) {
                    return k * step;
                }
            }
        }
    }
}
