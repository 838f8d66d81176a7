package org.emotionworkbench.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How class-folder names map to the seven classes: the English names and aliases ({@link Emotion#fromName}), a
 * numeric layout ({@code affectnet}: 0=neutral … 7=contempt; {@code fer2013}: 0=angry … 6=neutral, the CSV order), or
 * a label-map file (JSON object or two-column CSV {@code folder,label}; label is a class name or {@code skip}).
 *
 * <p>A folder mapped to {@code skip} (AffectNet's {@code 7}/contempt by default) is left out and reported with its
 * image count. A label map does not have to name every folder: names it does not mention fall back to the English names.
 */
public final class FolderLabels {
    /** Names of the built-in numeric layouts, for options and messages. */
    public static final List<String> LAYOUTS = List.of("affectnet", "fer2013");
    static final String SKIP = "skip";

    private final String description;
    /** Lower-case folder name → class, or null meaning skip. */
    private final Map<String, Emotion> mapping;
    private final Map<String, String> skipReasons;

    private FolderLabels(String description, Map<String, Emotion> mapping, Map<String, String> skipReasons) {
        this.description = description;
        this.mapping = Collections.unmodifiableMap(mapping);
        this.skipReasons = Collections.unmodifiableMap(skipReasons);
    }

    /** What a folder name means. */
    public sealed interface Resolution permits Label, Skip, Unknown {
    }

    public record Label(Emotion emotion) implements Resolution {
    }

    public record Skip(String reason) implements Resolution {
    }

    public record Unknown() implements Resolution {
    }

    /** English class names and aliases only; numeric folders are refused by the scanner. */
    public static FolderLabels names() {
        return new FolderLabels("class names", new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** AffectNet numbering: 0=neutral, 1=happy, 2=sad, 3=surprise, 4=fear, 5=disgust, 6=anger, 7=contempt (skipped). */
    public static FolderLabels affectnet() {
        Map<String, Emotion> m = new LinkedHashMap<>();
        Emotion[] order = {Emotion.NEUTRAL, Emotion.HAPPY, Emotion.SAD, Emotion.SURPRISE, Emotion.FEAR, Emotion.DISGUST, Emotion.ANGRY};
        for (int i = 0; i < order.length; i++) {
            m.put(Integer.toString(i), order[i]);
        }
        m.put("7", null);
        m.put("contempt", null);
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("7", "contempt (AffectNet class 7) is not one of the 7 classes; skipped");
        reasons.put("contempt", "contempt is not one of the 7 classes; skipped");
        return new FolderLabels("affectnet numbering (0=neutral 1=happy 2=sad 3=surprise 4=fear 5=disgust 6=angry 7=contempt:skip)", m, reasons);
    }

    /** FER2013 CSV numbering: 0=angry, 1=disgust, 2=fear, 3=happy, 4=sad, 5=surprise, 6=neutral. */
    public static FolderLabels fer2013() {
        Map<String, Emotion> m = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            m.put(Integer.toString(i), fer2013Class(i));
        }
        return new FolderLabels("fer2013 numbering (0=angry 1=disgust 2=fear 3=happy 4=sad 5=surprise 6=neutral)", m, new LinkedHashMap<>());
    }

    /** The class of a FER2013 CSV emotion code. */
    public static Emotion fer2013Class(int code) {
        return switch (code) {
            case 0 -> Emotion.ANGRY;
            case 1 -> Emotion.DISGUST;
            case 2 -> Emotion.FEAR;
            case 3 -> Emotion.HAPPY;
            case 4 -> Emotion.SAD;
            case 5 -> Emotion.SURPRISE;
            case 6 -> Emotion.NEUTRAL;
            default -> throw new IllegalArgumentException("FER2013 emotion code must be 0..6, got " + code);
        };
    }

    /** A built-in layout by name ({@link #LAYOUTS}). */
    public static FolderLabels layout(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "affectnet" -> affectnet();
            case "fer2013", "fer2013-numeric" -> fer2013();
            case "names", "auto" -> names();
            default -> throw new IllegalArgumentException("unknown layout '" + name + "'; expected one of " + LAYOUTS);
        };
    }

    /**
     * Reads a label map: a JSON object {@code {"marah": "angry", "contempt": "skip"}} or CSV lines {@code folder,label}
     * (an optional header {@code folder,label} is ignored).
     *
     * @throws DatasetException if the file is missing, malformed, or names an unknown class
     */
    public static FolderLabels read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DatasetException("label map not found: " + file);
        } catch (IOException e) {
            throw new DatasetException("cannot read label map " + file + ": " + e.getMessage());
        }
        List<String[]> pairs = new ArrayList<>();
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(trimmed);
            } catch (IOException e) {
                throw new DatasetException("label map " + file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getValue().isTextual()) {
                    throw new DatasetException("label map " + file + ": the value for '" + f.getKey() + "' must be a class name or \"skip\"");
                }
                pairs.add(new String[]{f.getKey(), f.getValue().asText()});
            }
        } else {
            int lineNo = 0;
            for (String line : trimmed.split("\\R")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (parts.length != 2) {
                    throw new DatasetException("label map " + file + " line " + lineNo + ": expected 'folder,label', got '" + line + "'");
                }
                if (lineNo == 1 && parts[0].trim().equalsIgnoreCase("folder") && parts[1].trim().equalsIgnoreCase("label")) {
                    continue;
                }
                pairs.add(new String[]{parts[0].trim(), parts[1].trim()});
            }
        }
        return of(file.getFileName().toString(), pairs, file.toString());
    }

    private static FolderLabels of(String name, List<String[]> pairs, String where) {
        Map<String, Emotion> m = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String[] p : pairs) {
            String folder = p[0].toLowerCase(Locale.ROOT);
            if (folder.isEmpty()) {
                throw new DatasetException("label map " + where + ": an entry has an empty folder name");
            }
            if (m.containsKey(folder)) {
                throw new DatasetException("label map " + where + ": folder '" + p[0] + "' is mapped twice");
            }
            if (p[1].equalsIgnoreCase(SKIP)) {
                m.put(folder, null);
                reasons.put(folder, "mapped to skip by the label map");
                continue;
            }
            Optional<Emotion> e = Emotion.fromName(p[1]);
            if (e.isEmpty()) {
                unknown.add(p[0] + " -> " + p[1]);
            } else {
                m.put(folder, e.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw new DatasetException("label map " + where + " names unknown classes: " + String.join(", ", unknown)
                    + "; use one of " + String.join(", ", Emotion.labels()) + " or skip");
        }
        if (m.isEmpty()) {
            throw new DatasetException("label map " + where + " maps no folders");
        }
        return new FolderLabels("label map " + name, m, reasons);
    }

    /** What a folder of this name holds. */
    public Resolution resolve(String folderName) {
        String key = folderName.trim().toLowerCase(Locale.ROOT);
        if (mapping.containsKey(key)) {
            Emotion e = mapping.get(key);
            return e == null ? new Skip(skipReasons.getOrDefault(key, "skipped")) : new Label(e);
        }
        return Emotion.fromName(key).<Resolution>map(Label::new).orElse(new Unknown());
    }

    /**
     * The folders this mapping names explicitly (lower-case folder name → class, empty meaning skip), in the order
     * given; empty for {@link #names()}.
     */
    public Map<String, Optional<Emotion>> entries() {
        Map<String, Optional<Emotion>> m = new LinkedHashMap<>();
        mapping.forEach((k, v) -> m.put(k, Optional.ofNullable(v)));
        return Collections.unmodifiableMap(m);
    }

    /** True for the plain English-name mapping (no layout, no label map). */
    public boolean isNamesOnly() {
        return mapping.isEmpty();
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
