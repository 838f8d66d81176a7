package org.emotionworkbench.dataset.labelmap;

import org.emotionworkbench.dataset.SourceOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Label maps remembered per dataset folder, as files in one directory (the workspace's {@code label-maps/}): the map
 * of folder {@code /data/sd-faces/faces} is {@code faces-<hash of the absolute path>.json}. A map is found only for
 * the exact folder it was saved for, so it is never applied to another dataset.
 */
public final class LabelMapStore {
    /** A remembered map larger than this is not read (a map names a few dozen folders). */
    public static final long MAX_BYTES = 1024 * 1024;
    private final Path dir;

    public LabelMapStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** Where the map of {@code folder} is (or would be) kept. */
    public Path fileFor(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "root" : abs.getFileName().toString();
        String clean = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return dir.resolve((clean.isEmpty() ? "dataset" : clean) + "-" + hash(abs.toString()) + ".json");
    }

    /** The remembered map file of {@code folder}, if there is one. */
    public Optional<Path> find(Path folder) {
        Path f = fileFor(folder);
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    /** Remembers {@code map} for {@code folder} (replacing an earlier one); returns the file written. */
    public Path save(Path folder, LabelMap map) throws IOException {
        return map.write(fileFor(folder));
    }

    /** Forgets the map of {@code folder}; true when there was one. */
    public boolean forget(Path folder) throws IOException {
        return Files.deleteIfExists(fileFor(folder));
    }

    /**
     * How to read the dataset {@code spec}: with its remembered label map when it is a folder that has one, else
     * the defaults (English class-folder names).
     */
    public SourceOptions optionsFor(String spec) {
        if (spec == null || spec.isBlank()) {
            return SourceOptions.defaults();
        }
        Path p = Path.of(spec.strip());
        if (!Files.isDirectory(p)) {
            return SourceOptions.defaults();
        }
        return find(p).map(f -> new SourceOptions(null, f, null)).orElse(SourceOptions.defaults());
    }

    /**
     * Checks every remembered map and moves the ones that cannot be read aside (as {@code <file>.bad-<time>}, so
     * they are kept but no longer applied; the folder then opens as if it had no map). Returns one line per map set
     * aside, saying why; never throws.
     */
    public List<String> setAsideUnreadable() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of("the remembered label maps in " + dir + " cannot be listed: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            String reason = unreadable(f);
            if (reason != null) {
                out.add("the remembered label map " + f.getFileName() + " cannot be read (" + reason + "); "
                        + setAside(f));
            }
        }
        return out;
    }

    private static String unreadable(Path f) {
        try {
            if (!Files.isRegularFile(f)) {
                return "it is not a file";
            }
            if (Files.size(f) > MAX_BYTES) {
                return "it is " + Files.size(f) + " bytes, far more than a label map";
            }
            LabelMap.read(f);
            return null;
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int nl = m.indexOf('\n');
            return (nl < 0 ? m : m.substring(0, nl)).replaceAll("\\s*\\(start marker at \\[Source.*$", "");
        }
    }

    private static String setAside(Path f) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = f.resolveSibling(f.getFileName() + ".bad-" + stamp);
        try {
            Files.move(f, aside);
            return "it was kept as " + aside.getFileName() + " and is no longer applied";
        } catch (IOException | RuntimeException e) {
            return "it could not be moved aside (" + e.getMessage() + ")";
        }
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
