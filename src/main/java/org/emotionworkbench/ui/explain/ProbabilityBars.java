package org.emotionworkbench.ui.explain;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import org.emotionworkbench.dataset.Emotion;

import java.util.Locale;

/** The model's probability of each class for the face, as bars ({@code #probabilities}); predicted and true marked. */
final class ProbabilityBars extends GridPane {
    private final ProgressBar[] bars = new ProgressBar[Emotion.COUNT];
    private final Label[] values = new Label[Emotion.COUNT];
    private final Label[] names = new Label[Emotion.COUNT];

    ProbabilityBars() {
        setId("probabilities");
        setHgap(6);
        setVgap(3);
        for (Emotion e : Emotion.values()) {
            int i = e.ordinal();
            names[i] = new Label(e.label());
            names[i].setMinWidth(Region.USE_PREF_SIZE);
            bars[i] = new ProgressBar(0);
            bars[i].setPrefWidth(150);
            bars[i].setId("probability-" + e.label());
            values[i] = new Label("");
            values[i].setStyle("-fx-min-width: 3.1em;"); // 40 px at 100 %, grows with presentation mode
            values[i].setAlignment(Pos.CENTER_RIGHT);
            addRow(i, names[i], bars[i], values[i]);
        }
    }

    void show(float[] probabilities, Emotion predicted, Emotion truth) {
        for (Emotion e : Emotion.values()) {
            int i = e.ordinal();
            boolean known = probabilities != null;
            bars[i].setProgress(known ? probabilities[i] : 0);
            values[i].setText(known ? String.format(Locale.ROOT, "%.2f", probabilities[i]) : "");
            String mark = e == predicted && e == truth ? "  \u2713" : e == predicted ? "  (pred.)" : e == truth ? "  (true)" : "";
            names[i].setText(e.label() + mark);
            names[i].setStyle(e == predicted ? "-fx-font-weight: bold;" : "");
        }
    }
}
