package org.emotionworkbench.dataset.manifest;

import org.emotionworkbench.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Manifest files: {@code {"format": "emotion-workbench-manifest", "version": 1, "origin": [...],
 * "files": [{"file": "/abs/a.jpg", "label": "happy", "split": "train"}, ...]}}. Written paths are absolute; relative
 * paths in a hand-written manifest are resolved against the manifest's folder. Split defaults to train.
 */
public final class ManifestJson {
    public static final String FORMAT = "emotion-workbench-manifest";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestJson() {
    }

    /** True if the file name ends in .json (any case). */
    public static boolean isManifest(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public static String toJson(Manifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ArrayNode origin = root.putArray("origin");
        m.origin().forEach(origin::add);
        ArrayNode files = root.putArray("files");
        for (ManifestEntry e : m.entries()) {
            ObjectNode f = files.addObject();
            f.put("file", e.file().toString());
            f.put("label", e.label().label());
            f.put("split", e.split().folderName());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a manifest. Does not check that the files exist (see {@link ManifestLoader}).
     *
     * @throws DatasetException naming the first problems: not JSON, wrong format, unknown labels or splits,
     *                          a file listed twice
     */
    public static Manifest read(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(abs));
        } catch (NoSuchFileException e) {
            throw new DatasetException("manifest not found: " + abs);
        } catch (JsonProcessingException e) {
            throw new DatasetException("manifest " + abs + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DatasetException("cannot read manifest " + abs + ": " + e.getMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText()) || !root.path("files").isArray()) {
            throw new DatasetException(abs + " is not a manifest: expected {\"format\": \"" + FORMAT + "\", \"files\": [...]}");
        }
        List<String> origin = new ArrayList<>();
        root.path("origin").forEach(n -> origin.add(n.asText()));
        Path base = abs.getParent();
        List<ManifestEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        int i = 0;
        for (JsonNode f : root.path("files")) {
            i++;
            String name = f.path("file").asText("");
            if (name.isBlank()) {
                problems.add("entry " + i + " has no file");
                continue;
            }
            Path p = base.resolve(name).normalize();
            if (!seen.add(p)) {
                problems.add("entry " + i + ": " + p + " is listed more than once");
                continue;
            }
            String label = f.path("label").asText("");
            Emotion e = Emotion.fromName(label).orElse(null);
            if (e == null) {
                problems.add("entry " + i + " (" + name + "): unknown label '" + label + "'");
                continue;
            }
            String splitName = f.path("split").asText("train");
            DataSplit split = DataSplit.fromFolderName(splitName).orElse(null);
            if (split == null) {
                problems.add("entry " + i + " (" + name + "): unknown split '" + splitName + "' (train or test)");
                continue;
            }
            entries.add(new ManifestEntry(p, e, split));
        }
        if (!problems.isEmpty()) {
            throw new DatasetException("manifest " + abs + " has " + problems.size() + " problem(s): "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? "; ..." : ""));
        }
        return new Manifest(origin, entries);
    }

    /** Writes a manifest atomically, so a failed write leaves the old file or none, never half of one. */
    public static void write(Manifest m, Path file) throws IOException {
        AtomicFiles.writeString(file.toAbsolutePath().normalize(), toJson(m));
    }
}
