package org.emotionworkbench.ui.training;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.LoadReport;
import org.emotionworkbench.training.BatchProgress;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.EpochResult;
import org.emotionworkbench.training.TrainingOutcome;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the Training screen shows of a run as it happens, as observable state changed on the UI thread only (the
 * {@link TrainingEventBridge} hands events over): chart points per epoch (accuracy, loss, learning rate), the
 * batch losses (decimated), the best-epoch marks, progress with ETA, and a log of stages, load reports and epochs.
 */
public final class TrainingProgressModel {
    /** The batch-loss chart never holds more points than this. */
    public static final int MAX_BATCH_POINTS = 2000;
    /** The log keeps this many lines (older ones are dropped; history.csv keeps every epoch). */
    public static final int MAX_LOG_LINES = 5000;

    private final ObservableList<ChartPoint> trainAccuracy = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> valAccuracy = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> trainLoss = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> valLoss = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> learningRate = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> bestAccuracyMark = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> bestLossMark = FXCollections.observableArrayList();
    private final DecimatedSeries batchLoss = new DecimatedSeries(MAX_BATCH_POINTS);
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty eta = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty bestEpoch = new SimpleIntegerProperty(0);
    private final StringProperty bestEpochText = new SimpleStringProperty("Best epoch: –");
    private final IntegerProperty plannedEpochs = new SimpleIntegerProperty(0);
    private final IntegerProperty epochAxis = new SimpleIntegerProperty(1);
    private final IntegerProperty batchesPerPoint = new SimpleIntegerProperty(1);
    private final List<EpochMetrics> history = new ArrayList<>();
    private double maxLoss;

    /** Clears everything for a new run of at most {@code maxEpochs} epochs. */
    public void reset(int maxEpochs) {
        trainAccuracy.clear();
        valAccuracy.clear();
        trainLoss.clear();
        valLoss.clear();
        learningRate.clear();
        bestAccuracyMark.clear();
        bestLossMark.clear();
        batchLoss.clear();
        log.clear();
        history.clear();
        maxLoss = 0;
        progress.set(0); // (not indeterminate: its animation repaints the bar every frame while the data loads)
        eta.set("");
        status.set("Preparing the data…");
        bestEpoch.set(0);
        bestEpochText.set("Best epoch: –");
        plannedEpochs.set(maxEpochs);
        epochAxis.set(Math.max(1, maxEpochs));
        batchesPerPoint.set(1);
    }

    /**
     * While the charts are empty, their epoch axis shows the form's planned number of epochs, so pressing Start with
     * that number changes nothing on them (re-laying out and repainting four charts in the Start frame was one of the
     * two longest frames of a training run, docs/BENCHMARKS.md "GUI responsiveness").
     */
    public void plan(int maxEpochs) {
        if (history.isEmpty() && batchLoss.points().isEmpty() && maxEpochs >= 1) {
            epochAxis.set(maxEpochs);
        }
    }

    public void stage(String description) {
        log(description);
    }

    public void loaded(String role, LoadReport report) {
        log(String.format(Locale.ROOT, "%s data: %d images loaded (%d train, %d test), %d file(s) and %d folder(s) skipped",
                role, report.totalLoaded(), report.total(org.emotionworkbench.dataset.DataSplit.TRAIN),
                report.total(org.emotionworkbench.dataset.DataSplit.TEST), report.skippedFiles().size(),
                report.skippedFolders().size()));
        report.skippedFolders().stream().limit(10).forEach(s -> log("  skipped folder " + s));
        report.skippedFiles().stream().limit(10).forEach(s -> log("  skipped file " + s));
        if (report.skippedFiles().size() > 10) {
            log("  … and " + (report.skippedFiles().size() - 10) + " more skipped files (see the Datasets screen)");
        }
    }

    public void started(int maxEpochs, int batchesPerEpoch, int trainSamples, int validationSamples) {
        plannedEpochs.set(maxEpochs);
        epochAxis.set(Math.max(1, maxEpochs));
        progress.set(0);
        status.set("Training…");
        log(String.format(Locale.ROOT, "training: %d epochs at most, %d batches an epoch, %d training and %d validation images",
                maxEpochs, batchesPerEpoch, trainSamples, validationSamples));
    }

    /** Batch events in order (a coalesced group of them). */
    public void batches(List<BatchProgress> batches) {
        if (batches.isEmpty()) {
            return;
        }
        List<ChartPoint> points = new ArrayList<>(batches.size());
        for (BatchProgress b : batches) {
            points.add(new ChartPoint(b.epoch() - 1 + (double) b.batch() / b.batchesPerEpoch(), b.batchLoss()));
        }
        batchLoss.addAll(points);
        batchesPerPoint.set(batchLoss.valuesPerPoint());
        BatchProgress last = batches.get(batches.size() - 1);
        progress.set(last.fractionDone());
        eta.set("ETA " + Durations.format(last.etaSeconds()) + " · elapsed " + Durations.format(last.elapsedSeconds()));
        status.set(String.format(Locale.ROOT, "Epoch %d/%d · batch %d/%d · loss %.4f · accuracy %.4f",
                last.epoch(), last.maxEpochs(), last.batch(), last.batchesPerEpoch(), last.meanLoss(),
                last.meanAccuracy()));
    }

    /**
     * Puts the epochs a resumed run finished before its stop on the charts (and in the history), so its curves show
     * the whole run; the log says so in one line.
     */
    public void restore(List<EpochMetrics> earlier) {
        earlier.forEach(this::plot);
        if (!earlier.isEmpty()) {
            int last = earlier.get(earlier.size() - 1).epoch();
            log((last == 1 ? "epoch 1 was" : "epochs 1–" + last + " were") + " trained before the stop (on the charts)");
        }
    }

    /** One finished epoch into the history and onto the accuracy, loss and learning-rate charts. */
    private void plot(EpochMetrics m) {
        history.add(m);
        int e = m.epoch();
        addFinite(trainAccuracy, e, m.accuracy());
        addFinite(valAccuracy, e, m.valAccuracy());
        addFinite(trainLoss, e, m.loss());
        addFinite(valLoss, e, m.valLoss());
        addFinite(learningRate, e, m.learningRate());
        for (double v : new double[]{m.loss(), m.valLoss()}) {
            if (Double.isFinite(v)) {
                maxLoss = Math.max(maxLoss, v);
            }
        }
    }

    public void epoch(EpochResult r) {
        EpochMetrics m = r.metrics();
        plot(m);
        int e = m.epoch();
        progress.set((double) e / r.maxEpochs());
        eta.set("ETA " + Durations.format(r.etaSeconds()) + " · elapsed " + Durations.format(r.elapsedSeconds()));
        if (r.bestEpoch() > 0) {
            markBest(r.bestEpoch());
        }
        log(String.format(Locale.ROOT, "epoch %d/%d loss %.4f acc %.4f val_loss %.4f val_acc %.4f lr %.1e %.1fs%s",
                e, r.maxEpochs(), m.loss(), m.accuracy(), m.valLoss(), m.valAccuracy(), m.learningRate(), m.seconds(),
                r.best() ? " *best" : ""));
    }

    public void finished(TrainingOutcome outcome) {
        progress.set(1);
        eta.set("Finished in " + Durations.format(outcome.seconds()));
        status.set(outcome.message());
        epochAxis.set(Math.max(1, outcome.history().size()));
        log(outcome.message());
    }

    /** A failed run: the progress stops and the reason is logged. */
    public void failed(String message) {
        status.set("Failed: " + message);
        log("failed: " + message);
    }

    private void markBest(int epoch) {
        EpochMetrics best = history.stream().filter(h -> h.epoch() == epoch).findFirst().orElse(null);
        bestEpoch.set(epoch);
        bestAccuracyMark.setAll(new ChartPoint(epoch, 0), new ChartPoint(epoch, 1));
        bestLossMark.setAll(new ChartPoint(epoch, 0), new ChartPoint(epoch, maxLoss > 0 ? maxLoss : 1));
        if (best != null) {
            bestEpochText.set(String.format(Locale.ROOT, "Best epoch: %d (val_loss %.4f, val_accuracy %.4f)",
                    epoch, best.valLoss(), best.valAccuracy()));
        }
    }

    public void log(String line) {
        log.add(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "  " + line);
        if (log.size() > MAX_LOG_LINES) {
            log.remove(0, log.size() - MAX_LOG_LINES);
        }
    }

    private static void addFinite(ObservableList<ChartPoint> list, double x, double y) {
        if (Double.isFinite(y)) {
            list.add(new ChartPoint(x, y));
        }
    }

    public ObservableList<ChartPoint> trainAccuracy() {
        return trainAccuracy;
    }

    public ObservableList<ChartPoint> valAccuracy() {
        return valAccuracy;
    }

    public ObservableList<ChartPoint> trainLoss() {
        return trainLoss;
    }

    public ObservableList<ChartPoint> valLoss() {
        return valLoss;
    }

    public ObservableList<ChartPoint> learningRate() {
        return learningRate;
    }

    /** A vertical line at the best epoch over the accuracy chart (y from 0 to 1); empty until there is one. */
    public ObservableList<ChartPoint> bestAccuracyMark() {
        return bestAccuracyMark;
    }

    /** A vertical line at the best epoch over the loss chart (y from 0 to the highest loss so far). */
    public ObservableList<ChartPoint> bestLossMark() {
        return bestLossMark;
    }

    /** Batch losses; x is the position in epochs (epoch − 1 + batch / batches), so it lines up with the others. */
    public ObservableList<ChartPoint> batchLoss() {
        return batchLoss.points();
    }

    /** How many batches each batch-loss point averages (1 until the chart would exceed its limit). */
    public IntegerProperty batchesPerPointProperty() {
        return batchesPerPoint;
    }

    public ObservableList<String> log() {
        return log;
    }

    /** Fraction of the planned epochs done (0 while the data loads). */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty etaProperty() {
        return eta;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public IntegerProperty bestEpochProperty() {
        return bestEpoch;
    }

    public StringProperty bestEpochTextProperty() {
        return bestEpochText;
    }

    public IntegerProperty plannedEpochsProperty() {
        return plannedEpochs;
    }

    /** The epoch axis' upper bound: the planned epochs during a run, the epochs run once it ends. */
    public IntegerProperty epochAxisProperty() {
        return epochAxis;
    }
}
