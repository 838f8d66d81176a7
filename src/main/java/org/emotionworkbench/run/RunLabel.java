package org.emotionworkbench.run;

import org.emotionworkbench.io.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a person calls a run and what they noted about it, kept in the run folder's {@value RunFolder#LABEL}.
 * {@code label} is null while the user has not named the run: lists then show {@link #defaultLabel(RunConfig,
 * String)}, made of the training data, the model and the seed ("fer2013 · pisa · s42") instead of a folder name full
 * of timestamps. {@code notes} is free text, empty when there are none.
 */
public record RunLabel(String label, String notes) {
    public static final RunLabel NONE = new RunLabel(null, "");
    /** The longest label kept; longer ones are cut (a label is a name, the notes are for prose). */
    public static final int MAX_LENGTH = 120;
    /** A label file larger than this is not read (the run is listed as unnamed). */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    public RunLabel {
        label = label == null || label.isBlank() ? null : oneLine(label);
        notes = notes == null ? "" : notes;
    }

    /** The label lists show: the user's, else the one made from the config, else the folder's name. */
    public String shown(RunConfig config, String folderName) {
        return label != null ? label : defaultLabel(config, folderName);
    }

    public RunLabel withLabel(String newLabel) {
        return new RunLabel(newLabel, notes);
    }

    public RunLabel withNotes(String newNotes) {
        return new RunLabel(label, newNotes);
    }

    /**
     * "fer2013 · pisa · s42": training data (its file or folder name, no extension), model name and seed; for an
     * imported model "fer2013_mini_XCEPTION (Keras, imported)" (its file's name, see {@link ImportedModel#shortName()}).
     */
    public static String defaultLabel(RunConfig config, String folderName) {
        if (config != null && config.wasImported()) {
            return config.imported().shortName() + " (Keras, imported)";
        }
        if (config == null || config.data() == null || config.training() == null || config.modelName() == null) {
            return folderName;
        }
        return String.format(Locale.ROOT, "%s · %s · s%d", dataName(config.data().trainRoot()), config.modelName(),
                config.training().seed());
    }

    static String dataName(String root) {
        String clean = root.replace('\\', '/').replaceAll("/+$", "");
        String last = clean.substring(clean.lastIndexOf('/') + 1);
        String name = last.replaceFirst("\\.(json|csv)$", "");
        return name.isEmpty() ? root : name;
    }

    /**
     * The run's label file; {@link #NONE} when there is none, it cannot be read or it is over {@link #MAX_FILE_BYTES}
     * (a label never hides a run).
     */
    public static RunLabel read(Path runDir) {
        Path file = runDir.resolve(RunFolder.LABEL);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return NONE; // no label and notes are this long: not read, so a huge file cannot slow a listing
            }
            JsonNode n = RunConfig.JSON.readTree(file.toFile());
            return new RunLabel(n.hasNonNull("label") ? n.get("label").asText() : null,
                    n.hasNonNull("notes") ? n.get("notes").asText() : "");
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /** Writes the label file atomically; a run with neither label nor notes has its file removed. */
    public void write(Path runDir) throws IOException {
        if (!Files.isRegularFile(runDir.resolve(RunFolder.CONFIG))) {
            throw new IllegalArgumentException(runDir + " is not a run folder (no " + RunFolder.CONFIG + ")");
        }
        Path file = runDir.resolve(RunFolder.LABEL);
        if (label == null && notes.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        ObjectNode n = RunConfig.JSON.createObjectNode();
        n.put("label", label);
        n.put("notes", notes);
        AtomicFiles.writeString(file, RunConfig.JSON.writeValueAsString(n) + "\n");
    }

    private static String oneLine(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH).strip();
    }
}
