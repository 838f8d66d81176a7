package org.emotionworkbench.model.keras;

/** A Keras file that cannot be imported, with one line saying why and what to do. Nothing was written. */
public final class KerasImportException extends Exception {
    public KerasImportException(String message) {
        super(message);
    }

    public KerasImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
