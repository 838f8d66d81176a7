package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.ImageFormats;
import org.emotionworkbench.dataset.Emotion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The images a heatmap command explains: one file; a folder of images (true class unknown); or a class-folder
 * layout ({@code <dir>/<class>/*.png}, the true class from the folder name via {@link Emotion#fromName}).
 * Each gets a unique output name: the file name without extension, prefixed by its class folder in a class layout.
 */
final class ExplainInputs {
    record Input(Path file, String name, Emotion trueLabel) {
    }

    private ExplainInputs() {
    }

    static List<Input> list(Path images) throws IOException {
        if (Files.isRegularFile(images)) {
            return List.of(new Input(images, stem(images), null));
        }
        if (!Files.isDirectory(images)) {
            throw new UserError("no image file or folder at " + images);
        }
        List<Input> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Path> classDirs = sorted(images).stream()
                .filter(p -> Files.isDirectory(p) && Emotion.fromName(p.getFileName().toString()).isPresent()).toList();
        if (!classDirs.isEmpty()) {
            for (Path dir : classDirs) {
                Emotion label = Emotion.fromName(dir.getFileName().toString()).orElseThrow();
                for (Path f : sorted(dir)) {
                    if (isImage(f)) {
                        out.add(new Input(f, unique(label.label() + "_" + stem(f), names), label));
                    }
                }
            }
        } else {
            for (Path f : sorted(images)) {
                if (isImage(f)) {
                    out.add(new Input(f, unique(stem(f), names), null));
                }
            }
        }
        if (out.isEmpty()) {
            throw new UserError("no images (" + ImageFormats.describe() + ") in " + images
                    + " or in class folders (angry, disgust, ...) under it");
        }
        return out;
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static boolean isImage(Path f) {
        return Files.isRegularFile(f) && ImageFormats.isImageName(f);
    }

    static String stem(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        String s = dot > 0 ? n.substring(0, dot) : n;
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** "predicted", "true" or an emotion name; empty for predicted/true. */
    static Optional<Emotion> fixedClass(String option) {
        String o = option.trim().toLowerCase(Locale.ROOT);
        if (o.equals("predicted") || o.equals("true")) {
            return Optional.empty();
        }
        return Optional.of(Emotion.fromName(o).orElseThrow(() -> new UserError("--class must be predicted, true or an "
                + "emotion (" + String.join(", ", Emotion.labels()) + "), got '" + option + "'")));
    }

    static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
