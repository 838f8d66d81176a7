package org.emotionworkbench.ui.importing;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.Sample;

import java.util.Locale;

/**
 * One face of the import preview: the face, the label of the folder it came from, and what the imported model says
 * under the chosen class order and pixel scaling (its most probable emotion and that probability).
 */
public record PreviewFace(Sample face, Emotion predicted, float probability) {
    /** The label of the folder the face came from. */
    public Emotion folderLabel() {
        return face.label();
    }

    /** Whether the model's top class is the folder's label. */
    public boolean agrees() {
        return predicted == face.label();
    }

    /** "happy 0.91". */
    public String predictionText() {
        return String.format(Locale.ROOT, "%s %.2f", predicted.label(), probability);
    }
}
