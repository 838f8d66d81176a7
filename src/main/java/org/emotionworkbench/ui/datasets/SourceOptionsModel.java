package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.dataset.SourceOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folder options as the user edits them: a numeric layout, a label-map file or a labels CSV (at most one), checked
 * before a load so a mistake gets a message beside the fields.
 */
public final class SourceOptionsModel {
    /** Layout choices; {@value #NO_LAYOUT} means English class-folder names. */
    public static final String NO_LAYOUT = "none";
    public static final List<String> LAYOUTS = List.of(NO_LAYOUT, "affectnet", "fer2013");

    private final StringProperty layout = new SimpleStringProperty(NO_LAYOUT);
    private final StringProperty labelMap = new SimpleStringProperty("");
    private final StringProperty labels = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StringProperty layoutProperty() {
        return layout;
    }

    public StringProperty labelMapProperty() {
        return labelMap;
    }

    public StringProperty labelsProperty() {
        return labels;
    }

    /** Why the options cannot be used, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The options, or empty with {@link #messageProperty()} saying what is wrong. */
    public Optional<SourceOptions> toSourceOptions() {
        String lay = layout.get() == null || layout.get().equals(NO_LAYOUT) ? null : layout.get();
        Path map = path(labelMap.get());
        Path csv = path(labels.get());
        int given = (lay != null ? 1 : 0) + (map != null ? 1 : 0) + (csv != null ? 1 : 0);
        if (given > 1) {
            return fail("Give only one of layout, label map and labels CSV: each is a different way of saying what the folders mean.");
        }
        if (map != null && !Files.isRegularFile(map)) {
            return fail("Label map not found: " + map.toAbsolutePath().normalize());
        }
        if (csv != null && !Files.isRegularFile(csv)) {
            return fail("Labels CSV not found: " + csv.toAbsolutePath().normalize()
                    + " (label the folder on the Labelling tab to make one)");
        }
        try {
            SourceOptions o = new SourceOptions(lay, map, csv);
            message.set("");
            return Optional.of(o);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
    }

    /** Shows the given options in the fields. */
    public void show(SourceOptions o) {
        layout.set(o.layout() == null ? NO_LAYOUT : o.layout());
        labelMap.set(o.labelMap() == null ? "" : o.labelMap().toString());
        labels.set(o.labels() == null ? "" : o.labels().toString());
        message.set("");
    }

    private Optional<SourceOptions> fail(String why) {
        message.set(why);
        return Optional.empty();
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }
}
