package org.emotionworkbench.ui.compare;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.BackgroundTask;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Writes an HTML report (rendered by the engine) to a file in the background, remembers it, and opens it in the
 * system's browser on request. The opener can be replaced (tests; machines without a desktop).
 */
public final class ReportExport {
    private final WorkbenchContext context;
    private final ObjectProperty<Path> lastReport = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<Path> opener = ReportExport::browse;

    ReportExport(WorkbenchContext context) {
        this.context = context;
    }

    /** Renders {@code html} off the UI thread and writes it atomically to {@code file}. */
    BackgroundTask<Path> write(String what, Path file, Callable<String> html) {
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath().normalize();
        message.set("Writing " + target.getFileName() + " …");
        return context.tasks().submit(BackgroundTask.of("Exporting " + what, p -> {
                    p.update(-1, "rendering the report");
                    AtomicFiles.writeString(target, html.call());
                    return target;
                })
                .onSuccess(path -> {
                    lastReport.set(path);
                    message.set("Report written to " + path);
                })
                .onFailure(t -> {
                    message.set("Could not write the report: " + org.emotionworkbench.ui.common.ErrorLog.describe(t));
                    context.errors().report("Exporting " + what, t);
                }));
    }

    /** Says why nothing was exported. */
    void say(String text) {
        message.set(text);
    }

    /** Opens the last report written (in the background: a browser can take a while to answer). */
    public void openLast() {
        Path report = lastReport.get();
        if (report == null) {
            message.set("Export a report first.");
            return;
        }
        context.tasks().submit(BackgroundTask.of("Opening " + report.getFileName(), p -> {
            opener.accept(report);
            return report;
        }).onFailure(t -> {
            message.set("Could not open the report (" + org.emotionworkbench.ui.common.ErrorLog.describe(t)
                    + "); it is at " + report);
            context.errors().report("Opening the report", t);
        }));
    }

    private static void browse(Path file) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            throw new IllegalStateException("this system cannot open a browser from Java");
        }
        try {
            Desktop.getDesktop().browse(file.toUri());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void setOpener(Consumer<Path> opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    public ObjectProperty<Path> lastReportProperty() {
        return lastReport;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
