package org.emotionworkbench.dataset;

/** A file that could not be turned into pixels; {@link #getMessage()} is a short human reason ("empty file", "truncated JPEG"). */
public class DecodeException extends Exception {
    public DecodeException(String reason) {
        super(reason);
    }

    public DecodeException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
