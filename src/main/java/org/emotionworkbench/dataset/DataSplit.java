package org.emotionworkbench.dataset;

import java.util.Locale;
import java.util.Optional;

/** The two parts a dataset folder can be organised into; a flat dataset is all {@link #TRAIN}. */
public enum DataSplit {
    TRAIN("train"),
    TEST("test");

    private final String folderName;

    DataSplit(String folderName) {
        this.folderName = folderName;
    }

    /** The folder name, lower case ("train", "test"). */
    public String folderName() {
        return folderName;
    }

    /** Matches a folder name case-insensitively. */
    public static Optional<DataSplit> fromFolderName(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        for (DataSplit s : values()) {
            if (s.folderName.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return folderName;
    }
}
