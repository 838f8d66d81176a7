package org.emotionworkbench.ui.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.ui.common.UiScale;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * What the workbench remembers between sessions ({@code ~/.emotion-workbench/settings.json}): the workspace
 * folder, the last dataset opened and the UI scale in percent (presentation mode; null means 100 %). Values that no
 * session could have saved (a zoom outside 100–200 %, a path the system cannot name) are refused.
 * {@link SettingsLoad#from} reads the file without ever failing a start.
 */
public record WorkbenchSettings(String workspace, String lastDataset, Integer uiScalePercent) {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    public static final WorkbenchSettings DEFAULTS = new WorkbenchSettings(null, null, null);

    public static final String FILE_PROPERTY = "emotionworkbench.settings";

    public WorkbenchSettings {
        int min = UiScale.STEPS.get(0);
        int max = UiScale.STEPS.get(UiScale.STEPS.size() - 1);
        if (uiScalePercent != null && (uiScalePercent < min || uiScalePercent > max)) {
            throw new IllegalArgumentException("zoom " + uiScalePercent + " % is outside " + min + "–" + max + " %");
        }
        checkPath("workspace", workspace);
        checkPath("lastDataset", lastDataset);
    }

    private static void checkPath(String name, String value) {
        if (value == null) {
            return;
        }
        try {
            Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(name + " is not a valid path: " + e.getReason());
        }
    }

    public WorkbenchSettings(String workspace, String lastDataset) {
        this(workspace, lastDataset, null);
    }

    public static Path defaultFile() {
        String prop = System.getProperty(FILE_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of(System.getProperty("user.home"), ".emotion-workbench", "settings.json");
    }

    /** The settings of {@code file}; defaults when it is missing or cannot be read (see {@link SettingsLoad}). */
    public static WorkbenchSettings load(Path file) {
        return SettingsLoad.from(file).settings();
    }

    /** Writes the file atomically (a failed write leaves the old file as it was). */
    public void save(Path file) throws IOException {
        AtomicFiles.writeString(file, JSON.writeValueAsString(this));
    }

    public WorkbenchSettings withWorkspace(String w) {
        return new WorkbenchSettings(w, lastDataset, uiScalePercent);
    }

    public WorkbenchSettings withLastDataset(String d) {
        return new WorkbenchSettings(workspace, d, uiScalePercent);
    }

    public WorkbenchSettings withUiScalePercent(Integer percent) {
        return new WorkbenchSettings(workspace, lastDataset, percent);
    }
}
