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
    private List<String> skipped = List.of();

    /** The histories read, and the runs left out with why (a history.csv too large or not a history). */
    record Histories(Map<String, List<EpochMetrics>> histories, List<String> skipped) {
    }

    public LearningCurvesViewModel(TaskRunner tasks, ObservableList<RunRow> chosen) {
        this.tasks = tasks;
        chosen.addListener((ListChangeListener<RunRow>) c -> load(List.copyOf(chosen)));
        metric.addListener((o, a, b) -> redraw());
        smoothing.addListener((o, a, b) -> redraw());
        load(List.copyOf(chosen));
    }

    /** Reads the chosen runs' histories (a run's cross-dataset evaluations share its run's history). */
    BackgroundTask<Histories> load(List<RunRow> rows) {
        long gen = generation.incrementAndGet();
        if (rows.isEmpty()) {
            histories = Map.of();
            skipped = List.of();
            redraw();
            return null;
        }
        return tasks.submit(BackgroundTask.of("Reading learning curves", p -> read(rows))
                .onSuccess(h -> {
                    if (generation.get() == gen) {
                        histories = h.histories();
                        skipped = h.skipped();
                        redraw();
                    }
                }));
    }

    /** A damaged or oversized history leaves only its run out, with the reason (HistoryCsv bounds the size). */
    private static Histories read(List<RunRow> rows) {
        Map<String, List<EpochMetrics>> out = new LinkedHashMap<>();
        List<String> left = new ArrayList<>();
        for (RunRow r : rows) {
            Path history = r.headline().runDir().resolve(RunFolder.HISTORY);
            if (Files.isRegularFile(history)) {
                try {
                    out.put(r.name(), HistoryCsv.read(history));
                } catch (IOException | RuntimeException e) {
                    left.add(r.name() + ": " + e.getMessage());
                }
            }
        }
        return new Histories(out, left);
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
        String leftOut = skipped.isEmpty() ? "" : "Not shown: " + String.join("; ", skipped);
        note.set(histories.isEmpty() && skipped.isEmpty() ? "Choose runs above to see their learning curves." : leftOut);
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
