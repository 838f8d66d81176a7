package org.emotionworkbench.ui.datasets;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.labels.LabelRow;

import java.util.Locale;
import java.util.Objects;

/**
 * One face of the labelling grid: its file (relative to the images folder, as the labels CSV names it), its pixels,
 * the human label (null until given) and the model's suggestion (a model row, null until asked). The two are kept
 * apart: a suggestion never changes the human label.
 */
public final class LabelItem {
    private final String file;
    private final float[] pixels;
    private final ObjectProperty<Emotion> human = new SimpleObjectProperty<>();
    private final ObjectProperty<LabelRow> suggestion = new SimpleObjectProperty<>();
    private final StringBinding caption;

    public LabelItem(String file, float[] pixels) {
        this.file = Objects.requireNonNull(file, "file");
        this.pixels = Objects.requireNonNull(pixels, "pixels");
        this.caption = Bindings.createStringBinding(this::captionNow, human, suggestion);
    }

    public String file() {
        return file;
    }

    public float[] pixels() {
        return pixels;
    }

    public ObjectProperty<Emotion> humanProperty() {
        return human;
    }

    public Emotion human() {
        return human.get();
    }

    public ObjectProperty<LabelRow> suggestionProperty() {
        return suggestion;
    }

    public LabelRow suggestion() {
        return suggestion.get();
    }

    /** The suggestion's confidence, or -1 without one. */
    public double confidence() {
        LabelRow s = suggestion.get();
        return s == null || s.label() == null ? -1 : s.confidence();
    }

    /** "happy ✓" (human), "sad? 43 %" (suggestion), or "unlabelled". */
    public StringBinding captionBinding() {
        return caption;
    }

    private String captionNow() {
        if (human.get() != null) {
            return human.get().label() + " ✓";
        }
        LabelRow s = suggestion.get();
        if (s != null && s.label() != null) {
            return String.format(Locale.ROOT, "%s? %.0f %%", s.label().label(), s.confidence() * 100);
        }
        return "unlabelled";
    }
}
