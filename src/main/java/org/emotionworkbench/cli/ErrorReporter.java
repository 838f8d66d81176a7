package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.model.InvalidModelException;
import org.emotionworkbench.model.keras.KerasImportException;
import picocli.CommandLine;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Turns exceptions into one clear line on stderr. User errors (bad paths, presets, specs, datasets, settings)
 * exit with 2; anything else with 1, and its stack trace only when {@code EW_DEBUG} is set.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 2;
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String message = describe(e);
        boolean user = isUserError(e);
        cl.getErr().println("error: " + message);
        if (!user && System.getenv("EW_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return user ? USER_ERROR : FAILURE;
    }

    static boolean isUserError(Throwable e) {
        return e instanceof UserError || e instanceof DatasetException || e instanceof KerasImportException || e instanceof InvalidModelException
                || e instanceof IllegalArgumentException || e instanceof NoSuchFileException
                || e instanceof FileNotFoundException || e instanceof AccessDeniedException;
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof IOException && !(e instanceof FileNotFoundException)) {
            return "I/O problem: " + m;
        }
        return m;
    }
}
