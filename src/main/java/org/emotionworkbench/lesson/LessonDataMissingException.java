package org.emotionworkbench.lesson;

/** A lesson's datasets are not where they were looked for; the message says which, where, and how to get them. */
public final class LessonDataMissingException extends IllegalArgumentException {
    public LessonDataMissingException(String message) {
        super(message);
    }
}
