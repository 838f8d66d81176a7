package org.emotionworkbench.dataset.labelmap;

import org.emotionworkbench.io.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.FolderLabels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each class folder of one dataset holds: folder name → class, or skip. Written as the label-map JSON that
 * {@code --label-map} and {@link FolderLabels#read} read ({@code {"marah": "angry", "contempt": "skip"}}).
 *
 * @param entries folder name → class (empty = skip), in the order shown to the user; at least one folder is a class
 */
public record LabelMap(Map<String, Optional<Emotion>> entries) {
    /** The label of a folder that is left out. */
    public static final String SKIP = "skip";

    public LabelMap {
        Map<String, Optional<Emotion>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Optional<Emotion>> e : entries.entrySet()) {
            String folder = e.getKey() == null ? "" : e.getKey().strip();
            if (folder.isEmpty()) {
                throw new IllegalArgumentException("a label map entry has an empty folder name");
            }
            if (copy.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(folder))) {
                throw new IllegalArgumentException("folder '" + folder + "' is mapped twice");
            }
            copy.put(folder, e.getValue() == null ? Optional.empty() : e.getValue());
        }
        if (copy.values().stream().allMatch(Optional::isEmpty)) {
            throw new IllegalArgumentException("a label map must give at least one folder a class; every folder is skipped");
        }
        entries = Collections.unmodifiableMap(copy);
    }

    /** Reads a label-map file (JSON or CSV, as {@link FolderLabels#read}); folder names come back lower-case. */
    public static LabelMap read(Path file) {
        FolderLabels labels = FolderLabels.read(file);
        try {
            return new LabelMap(labels.entries());
        } catch (IllegalArgumentException e) {
            throw new DatasetException("label map " + file + ": " + e.getMessage());
        }
    }

    /** The class a folder is mapped to (case-insensitive); empty when skipped or not named. */
    public Optional<Emotion> classOf(String folder) {
        return entries.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(folder.strip()))
                .findFirst().flatMap(Map.Entry::getValue);
    }

    /** True when the map names this folder (as a class or as skip). */
    public boolean names(String folder) {
        return entries.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(folder.strip()));
    }

    /** The JSON text, one folder a line. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        entries.forEach((folder, cls) -> root.put(folder, cls.map(Emotion::label).orElse(SKIP)));
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the JSON so that a reader sees the old or the new file, never half of one. */
    public Path write(Path file) throws IOException {
        return AtomicFiles.writeString(file.toAbsolutePath().normalize(), toJson());
    }
}
