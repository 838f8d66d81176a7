package org.emotionworkbench.dataset.manifest;

import org.emotionworkbench.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadBudget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ObjLongConsumer;

/**
 * Manifest files: {@code {"format": "emotion-workbench-manifest", "version": 1, "origin": [...],
 * "files": [{"file": "/abs/a.jpg", "label": "happy", "split": "train"}, ...]}}. Written paths are absolute; relative
 * paths in a hand-written manifest are resolved against the manifest's folder. Split defaults to train.
 */
public final class ManifestJson {
    public static final String FORMAT = "emotion-workbench-manifest";
    /** The largest manifest file read: 256 MB, about a million files with long paths. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final int MAX_ORIGIN_LINES = 1000;
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

    /** As {@link #read(Path, LoadBudget)} with this JVM's budget. */
    public static Manifest read(Path file) {
        return read(file, LoadBudget.forThisJvm());
    }

    /**
     * Reads a manifest listing at most {@link LoadBudget#maxListedFiles()} files. Does not check that the files exist
     * (see {@link ManifestLoader}). The file is parsed as a stream: a file over {@link #MAX_BYTES} is refused before
     * it is read, and past the limit the entries are only counted, never kept.
     *
     * @throws DatasetException naming the first problems: too large, not JSON, wrong format, unknown labels or splits,
     *                          a file listed twice, more files than the budget allows
     */
    public static Manifest read(Path file, LoadBudget budget) {
        return read(file.toAbsolutePath().normalize(), budget.maxListedFiles(), (where, n) -> budget.checkListed(n, where));
    }

    /** As {@link #read(Path, LoadBudget)}, for decoding: more than {@link LoadBudget#maxImages()} files are refused. */
    public static Manifest readForLoading(Path file, LoadBudget budget) {
        return read(file.toAbsolutePath().normalize(), budget.maxImages(), (where, n) -> budget.check(n, where));
    }

    private static Manifest read(Path abs, long keepAtMost, ObjLongConsumer<Path> refuse) {
        try {
            long size = Files.size(abs);
            if (size > MAX_BYTES) {
                throw new DatasetException("manifest " + abs + " is " + LoadBudget.bytes(size) + "; a manifest may be at "
                        + "most " + LoadBudget.bytes(MAX_BYTES) + " (about a million files); not read");
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException("manifest not found: " + abs);
        } catch (IOException e) {
            throw new DatasetException("cannot read manifest " + abs + ": " + e.getMessage());
        }
        String format = null;
        boolean hasFiles = false;
        List<String> origin = new ArrayList<>();
        Path base = abs.getParent();
        List<ManifestEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long problemCount = 0;
        Set<Path> seen = new HashSet<>();
        long listed = 0;
        try (JsonParser p = MAPPER.getFactory().createParser(abs.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notAManifest(abs);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("format".equals(field) && value.isScalarValue()) {
                    format = p.getValueAsString();
                } else if ("origin".equals(field) && value == JsonToken.START_ARRAY) {
                    while (next(p) != JsonToken.END_ARRAY) {
                        if (origin.size() < MAX_ORIGIN_LINES) {
                            origin.add(p.readValueAsTree() instanceof JsonNode n ? n.asText() : "");
                        } else {
                            p.skipChildren();
                        }
                    }
                } else if ("files".equals(field) && value == JsonToken.START_ARRAY) {
                    hasFiles = true;
                    while (next(p) != JsonToken.END_ARRAY) {
                        listed++;
                        if (listed > keepAtMost) { // too many: count the rest without keeping them
                            entries.clear();
                            seen.clear();
                            p.skipChildren();
                            continue;
                        }
                        JsonNode f = p.readValueAsTree();
                        String problem = entry(f, listed, base, seen, entries);
                        if (problem != null && ++problemCount <= 5) {
                            problems.add(problem);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw new DatasetException("manifest " + abs + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DatasetException("cannot read manifest " + abs + ": " + e.getMessage());
        }
        if (!FORMAT.equals(format) || !hasFiles) {
            throw notAManifest(abs);
        }
        if (listed > keepAtMost) {
            refuse.accept(abs, listed); // throws
        }
        if (problemCount > 0) {
            throw new DatasetException("manifest " + abs + " has " + problemCount + " problem(s): "
                    + String.join("; ", problems) + (problemCount > 5 ? "; ..." : ""));
        }
        return new Manifest(origin, entries);
    }

    private static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of the file");
        }
        return t;
    }

    private static DatasetException notAManifest(Path abs) {
        return new DatasetException(abs + " is not a manifest: expected {\"format\": \"" + FORMAT + "\", \"files\": [...]}");
    }

    /** Adds entry number {@code i} to {@code entries}, or says what is wrong with it. */
    private static String entry(JsonNode f, long i, Path base, Set<Path> seen, List<ManifestEntry> entries) {
        String name = f == null ? "" : f.path("file").asText("");
        if (name.isBlank()) {
            return "entry " + i + " has no file";
        }
        Path p;
        try {
            p = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return "entry " + i + ": '" + name + "' is not a file path";
        }
        if (!seen.add(p)) {
            return "entry " + i + ": " + p + " is listed more than once";
        }
        String label = f.path("label").asText("");
        Emotion e = Emotion.fromName(label).orElse(null);
        if (e == null) {
            return "entry " + i + " (" + name + "): unknown label '" + label + "'";
        }
        String splitName = f.path("split").asText("train");
        DataSplit split = DataSplit.fromFolderName(splitName).orElse(null);
        if (split == null) {
            return "entry " + i + " (" + name + "): unknown split '" + splitName + "' (train or test)";
        }
        entries.add(new ManifestEntry(p, e, split));
        return null;
    }

    /** Writes a manifest atomically, so a failed write leaves the old file or none, never half of one. */
    public static void write(Manifest m, Path file) throws IOException {
        AtomicFiles.writeString(file.toAbsolutePath().normalize(), toJson(m));
    }
}
