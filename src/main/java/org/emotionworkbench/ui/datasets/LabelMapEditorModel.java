package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.ClassFolders;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.FolderLabels;
import org.emotionworkbench.dataset.labelmap.ClassNameDictionary;
import org.emotionworkbench.dataset.labelmap.LabelMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The label-map editor for one dataset folder: a row per class folder with the class it holds (or skip), first
 * filled from a saved map, the folder's own English name or the built-in dictionary; load and save as the label-map
 * JSON. It only edits: remembering the map and opening the dataset with it is {@link OpenDatasetViewModel}'s job.
 */
public final class LabelMapEditorModel {
    public static final String SKIP = LabelMap.SKIP;
    /** The choices of every row, in class order, then skip. */
    public static final List<String> CHOICES = choices();

    private final Path folder;
    private final ObservableList<LabelMapRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param found    the folder's class folders
     * @param existing a map to start from (the remembered one, say), or empty
     */
    public LabelMapEditorModel(ClassFolders found, Optional<LabelMap> existing, ClassNameDictionary dictionary) {
        this.folder = found.root();
        for (ClassFolders.Folder f : found.folders()) {
            rows.add(firstChoice(f, existing, dictionary));
        }
    }

    private static LabelMapRow firstChoice(ClassFolders.Folder f, Optional<LabelMap> existing, ClassNameDictionary dict) {
        if (existing.isPresent() && existing.get().names(f.name())) {
            return new LabelMapRow(f.name(), f.images(), existing.get().classOf(f.name()).map(Emotion::label).orElse(SKIP),
                    "saved map");
        }
        if (f.resolution() instanceof FolderLabels.Label l) {
            return new LabelMapRow(f.name(), f.images(), l.emotion().label(), "English name");
        }
        Optional<ClassNameDictionary.Suggestion> s = dict.suggest(f.name());
        if (s.isPresent()) {
            return new LabelMapRow(f.name(), f.images(), s.get().label(), "dictionary: " + s.get().matchedWord()
                    + " → " + s.get().label());
        }
        return new LabelMapRow(f.name(), f.images(), SKIP, "no suggestion: choose");
    }

    public Path folder() {
        return folder;
    }

    public ObservableList<LabelMapRow> rows() {
        return rows;
    }

    /** What went wrong last (blank when nothing did). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "4 of 5 folders → 416 images in 4 classes; 1 skipped (60 images)". */
    public String summary() {
        int classes = (int) rows.stream().filter(r -> !SKIP.equals(r.choiceProperty().get()))
                .map(r -> r.choiceProperty().get()).distinct().count();
        int used = rows.stream().filter(r -> !SKIP.equals(r.choiceProperty().get())).mapToInt(LabelMapRow::images).sum();
        long usedFolders = rows.stream().filter(r -> !SKIP.equals(r.choiceProperty().get())).count();
        int skipped = rows.stream().filter(r -> SKIP.equals(r.choiceProperty().get())).mapToInt(LabelMapRow::images).sum();
        return String.format(Locale.ROOT, "%d of %d folders → %,d images in %d classes; %d skipped (%,d images)",
                usedFolders, rows.size(), used, classes, rows.size() - usedFolders, skipped);
    }

    /** The map as chosen; empty with a message when every folder is skipped. */
    public Optional<LabelMap> toLabelMap() {
        Map<String, Optional<Emotion>> m = new LinkedHashMap<>();
        for (LabelMapRow r : rows) {
            String c = r.choiceProperty().get();
            m.put(r.folder(), c == null || SKIP.equals(c) ? Optional.empty() : Emotion.fromName(c));
        }
        try {
            LabelMap map = new LabelMap(m);
            message.set("");
            return Optional.of(map);
        } catch (IllegalArgumentException e) {
            message.set("Choose a class for at least one folder: " + e.getMessage() + ".");
            return Optional.empty();
        }
    }

    /** Fills the rows the file names; false with a message when it cannot be read. Rows it does not name stay. */
    public boolean load(Path file) {
        LabelMap m;
        try {
            m = LabelMap.read(file);
        } catch (DatasetException e) {
            message.set(e.getMessage());
            return false;
        }
        List<String> unused = new ArrayList<>();
        m.entries().keySet().stream().filter(k -> rows.stream().noneMatch(r -> r.folder().equalsIgnoreCase(k)))
                .forEach(unused::add);
        for (LabelMapRow r : rows) {
            if (m.names(r.folder())) {
                r.choiceProperty().set(m.classOf(r.folder()).map(Emotion::label).orElse(SKIP));
            }
        }
        message.set(unused.isEmpty() ? "" : "Loaded " + file.getFileName() + "; it names folders this dataset does not have: "
                + String.join(", ", unused) + ".");
        return true;
    }

    /** Writes the map to {@code file} (to share it, or use it with --label-map); null with a message on failure. */
    public Path saveAs(Path file) {
        Optional<LabelMap> m = toLabelMap();
        if (m.isEmpty()) {
            return null;
        }
        try {
            Path written = m.get().write(file);
            message.set("Saved " + written + ".");
            return written;
        } catch (IOException e) {
            message.set("Could not save " + file + ": " + e.getMessage());
            return null;
        }
    }

    private static List<String> choices() {
        List<String> c = new ArrayList<>(Emotion.labels());
        c.add(SKIP);
        return List.copyOf(c);
    }
}
