package org.emotionworkbench.ui.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The settings read at start-up and what was wrong with the file ({@code problem}, null when nothing). A file that
 * cannot be used (not JSON, wrong types, values out of range, far too large, not a file) never fails a start: the
 * defaults are used, and the file is moved aside as {@code settings.json.bad-<time>} so that nothing the user had is
 * overwritten by the next save.
 */
public record SettingsLoad(WorkbenchSettings settings, String problem) {
    /** No settings file is anywhere near this size; a larger one is not read at all. */
    public static final long MAX_BYTES = 64 * 1024;

    public static SettingsLoad from(Path file) {
        if (!Files.exists(file)) {
            return new SettingsLoad(WorkbenchSettings.DEFAULTS, null);
        }
        String reason;
        try {
            reason = whyUnusable(file);
            if (reason == null) {
                WorkbenchSettings s = WorkbenchSettings.JSON.readValue(file.toFile(), WorkbenchSettings.class);
                if (s != null) {
                    return new SettingsLoad(s, null);
                }
                reason = "it holds no settings";
            }
        } catch (ValueInstantiationException e) {
            reason = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getOriginalMessage();
        } catch (JsonProcessingException e) {
            reason = firstLine(e.getOriginalMessage()) + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException | RuntimeException e) {
            reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
        }
        return new SettingsLoad(WorkbenchSettings.DEFAULTS, "the settings file " + file + " cannot be used (" + printable(reason)
                + "); the defaults are used instead and " + setAside(file));
    }

    private static String whyUnusable(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "it is not a file";
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return "it is " + size + " bytes long; settings are never more than " + MAX_BYTES;
        }
        return null;
    }

    /** Moves the bad file aside; says where it went. */
    private static String setAside(Path file) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = file.resolveSibling(file.getFileName() + ".bad-" + stamp);
        for (int i = 2; Files.exists(aside); i++) {
            aside = file.resolveSibling(file.getFileName() + ".bad-" + stamp + "-" + i);
        }
        try {
            Files.move(file, aside);
            return "the file was kept as " + aside.getFileName();
        } catch (IOException | RuntimeException e) {
            return "the file could not be moved aside (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "), so it is left as it was";
        }
    }

    /** The reason with the file's unprintable bytes (quoted by the parser) shown as '?'. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || c == 0xFFFD
                || !Character.isDefined(c) || Character.getType(c) == Character.PRIVATE_USE ? '?' : c));
        return b.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    public boolean hasProblem() {
        return problem != null;
    }
}
