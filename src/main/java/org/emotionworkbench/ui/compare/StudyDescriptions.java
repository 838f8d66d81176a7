package org.emotionworkbench.ui.compare;

import org.emotionworkbench.study.StudyLayout;

/** Short explanations of study terms, for tooltips. */
final class StudyDescriptions {
    private StudyDescriptions() {
    }

    static String evaluation(String name) {
        return StudyLayout.OWN_TEST.equals(name)
                ? "own-test: each source's own held-out test split (so the images differ between rows)"
                : name + ": an evaluation set of the study, the same images for every source";
    }
}
