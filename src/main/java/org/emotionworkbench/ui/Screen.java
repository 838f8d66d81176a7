package org.emotionworkbench.ui;

/** The workbench's screens, in tab order. */
public enum Screen {
    DATASETS("Datasets"),
    MODEL("Model"),
    TRAINING("Training"),
    EVALUATION("Evaluation"),
    EXPLAIN("Explain"),
    COMPARE("Compare / Study");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
