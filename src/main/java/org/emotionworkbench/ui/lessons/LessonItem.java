package org.emotionworkbench.ui.lessons;

import org.emotionworkbench.lesson.Lesson;

/** A lesson as the list shows it: title, duration, and whether its data was found. */
public record LessonItem(Lesson lesson, boolean dataFound) {
    @Override
    public String toString() {
        return lesson.title() + " (" + lesson.duration() + ")" + (dataFound ? "" : " — data missing");
    }
}
