package org.emotionworkbench.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Errors for the window, never only for a console: every failure lands here as one readable line (what was being
 * done, and why it failed); the status bar shows the newest, the log lists them all.
 */
public final class ErrorLog {
    /** One reported problem. */
    public record Entry(LocalTime time, String context, String message, Throwable cause) {
        public String line() {
            return time.format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "  " + context + ": " + message;
        }
    }

    private final UiExecutor ui;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

    public ErrorLog(UiExecutor ui) {
        this.ui = ui;
    }

    public void report(String context, Throwable t) {
        Objects.requireNonNull(context, "context");
        String msg = describe(t);
        System.err.println("[workbench] " + context + ": " + msg);
        ui.execute(() -> entries.add(new Entry(LocalTime.now(), context, msg, t)));
    }

    public void report(String context, String message) {
        ui.execute(() -> entries.add(new Entry(LocalTime.now(), context, message, null)));
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** The most useful one-line description of a failure: the deepest message that says something. */
    public static String describe(Throwable t) {
        if (t == null) {
            return "unknown error";
        }
        Throwable best = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            best = c;
            String m = c.getMessage();
            boolean wrapper = c instanceof java.util.concurrent.CompletionException
                    || c instanceof java.util.concurrent.ExecutionException
                    || c instanceof java.io.UncheckedIOException
                    || c instanceof java.lang.reflect.InvocationTargetException
                    || (c.getCause() != null && (m == null || m.equals(c.getCause().toString())));
            if (!wrapper && m != null && !m.isBlank()) {
                break;
            }
        }
        String m = best.getMessage();
        if (m == null || m.isBlank()) {
            return best.getClass().getSimpleName();
        }
        return best instanceof IllegalArgumentException || best instanceof IllegalStateException
                || best.getClass().getName().startsWith("org.emotionworkbench")
                ? m : best.getClass().getSimpleName() + ": " + m;
    }
}
