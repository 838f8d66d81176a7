package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Sample;

import java.util.Objects;

/** One face of the loaded dataset as the grid shows it: its sample, split and position in the dataset. */
public record FaceItem(int index, Sample sample, DataSplit split) {
    public FaceItem {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(split, "split");
    }

    public String describe() {
        return sample.label() + " · " + split + "\n" + sample.source();
    }
}
