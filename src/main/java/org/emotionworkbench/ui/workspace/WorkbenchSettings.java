package org.emotionworkbench.ui.workspace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the workbench remembers between sessions ({@code ~/.emotion-workbench/settings.json}): the workspace
 * folder, the last dataset opened and the UI scale in percent (presentation mode; null means 100 %). A missing or
 * unreadable file means defaults, never a failed start.
 */
public record WorkbenchSettings(String workspace, String lastDataset, Integer uiScalePercent) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static final String FILE_PROPERTY = "emotionworkbench.settings";

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

    public static WorkbenchSettings load(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return JSON.readValue(file.toFile(), WorkbenchSettings.class);
            }
        } catch (IOException e) {
            System.err.println("[workbench] ignoring unreadable settings " + file + ": " + e.getMessage());
        }
        return new WorkbenchSettings(null, null, null);
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
