package org.emotionworkbench.dataset;

/** A dataset that cannot be used at all (missing root, no class folders, nothing decodable); the message says what was expected. */
public class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }
}
