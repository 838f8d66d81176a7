package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.LoadReport;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.training.BatchProgress;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.training.EpochResult;
import org.emotionworkbench.training.TrainingListener;
import org.emotionworkbench.training.TrainingOutcome;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Training progress on a terminal: a progress bar on stderr (only when attached to a console, at most ten updates a
 * second) and one line per epoch on stdout.
 */
final class ConsoleProgress implements TrainingListener, RunProgress {
    private static final int BAR = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean bar;
    private final boolean verbose;
    private long lastDraw;

    ConsoleProgress(PrintWriter out, PrintWriter err, boolean interactive, boolean verbose) {
        this.out = out;
        this.err = err;
        this.bar = interactive;
        this.verbose = verbose;
    }

    @Override
    public void stage(String description) {
        out.println(description);
        out.flush();
    }

    @Override
    public void loaded(String role, LoadReport report) {
        if (verbose) {
            out.print(report.toText());
        } else {
            out.printf(Locale.ROOT, "  %s: %d images loaded, %d files skipped%n", role, report.totalLoaded(),
                    report.skippedFiles().size());
        }
        out.flush();
    }

    @Override
    public void onBatch(BatchProgress p) {
        if (!bar) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && p.batch() != p.batchesPerEpoch()) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round(BAR * (double) p.batch() / p.batchesPerEpoch());
        err.printf(Locale.ROOT, "\repoch %d/%d [%s%s] %d/%d loss %.4f acc %.4f ETA %s   ", p.epoch(), p.maxEpochs(),
                "=".repeat(filled), " ".repeat(BAR - filled), p.batch(), p.batchesPerEpoch(), p.meanLoss(),
                p.meanAccuracy(), duration(p.etaSeconds()));
        err.flush();
    }

    @Override
    public void onEpoch(EpochResult r) {
        if (bar) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
        EpochMetrics m = r.metrics();
        out.printf(Locale.ROOT, "epoch %d/%d  loss %.4f  acc %.4f  val_loss %.4f  val_acc %.4f  lr %.2e  %.1fs%s  ETA %s%n",
                m.epoch(), r.maxEpochs(), m.loss(), m.accuracy(), m.valLoss(), m.valAccuracy(), m.learningRate(),
                m.seconds(), r.best() ? "  *best" : "", duration(r.etaSeconds()));
        out.flush();
    }

    @Override
    public void onFinish(TrainingOutcome outcome) {
        out.println(outcome.message());
        out.flush();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
