package org.emotionworkbench.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Explanations shown beside controls (style class {@code hint}). */
public final class Hints {
    private Hints() {
    }

    /** A wrapped hint that keeps its full height (never cut to "…" when space is short). */
    public static Label paragraph(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
