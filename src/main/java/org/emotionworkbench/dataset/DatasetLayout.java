package org.emotionworkbench.dataset;

/** How a dataset root is organised. */
public enum DatasetLayout {
    /** {@code <root>/{train,test}/<class>/...} */
    TRAIN_TEST("train/test"),
    /** {@code <root>/<class>/...}; every image is training data. */
    FLAT("flat"),
    /** Files listed in a manifest JSON, each with its class and split. */
    MANIFEST("manifest"),
    /** The original FER2013 CSV: {@code emotion,pixels,Usage}. */
    FER2013_CSV("fer2013 csv");

    private final String description;

    DatasetLayout(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
