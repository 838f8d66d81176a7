package org.emotionworkbench.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The class folders of a dataset root as they are on disk, before anyone says what they mean: each folder name
 * (merged over {@code train/} and {@code test/}), its image count, and what {@link FolderLabels} makes of it. This is
 * what the label-map editor lists, and how a caller finds out that a folder needs one.
 */
public record ClassFolders(Path root, List<Folder> folders) {
    /** One class-folder name and the images under it, over all splits. */
    public record Folder(String name, int images, FolderLabels.Resolution resolution) {
        /** True when the name alone says nothing: neither an emotion nor a known skip. */
        public boolean unknown() {
            return resolution instanceof FolderLabels.Unknown;
        }
    }

    public ClassFolders {
        folders = List.copyOf(folders);
    }

    /** Lists the class folders of {@code root} under the given naming (no decoding; images counted by extension). */
    public static ClassFolders of(Path root, FolderLabels labels) {
        return of(root, labels, true);
    }

    /** As {@link #of(Path, FolderLabels)}; without {@code count} only the names are read (every count is 0). */
    public static ClassFolders of(Path root, FolderLabels labels, boolean count) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new DatasetException("dataset root not found or not a folder: " + abs);
        }
        List<Path> children = DatasetScanner.list(abs);
        boolean split = DatasetScanner.isSplitLayout(children);
        List<Path> parents = new ArrayList<>();
        if (split) {
            children.stream().filter(p -> Files.isDirectory(p) && !DatasetScanner.hidden(p)
                    && DataSplit.fromFolderName(DatasetScanner.name(p)).isPresent()).forEach(parents::add);
        } else {
            parents.add(abs);
        }
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Path parent : parents) {
            for (Path child : DatasetScanner.list(parent)) {
                if (DatasetScanner.hidden(child) || !Files.isDirectory(child)) {
                    continue;
                }
                String name = DatasetScanner.name(child);
                String key = name.toLowerCase(Locale.ROOT);
                shown.putIfAbsent(key, name);
                counts.merge(key, count ? DatasetScanner.countImages(child) : 0, Integer::sum);
            }
        }
        List<Folder> out = new ArrayList<>();
        shown.forEach((key, name) -> out.add(new Folder(name, counts.get(key), labels.resolve(name))));
        return new ClassFolders(abs, out);
    }

    /**
     * True when nothing would load without a label map: no folder is an emotion class, and some folder's name is
     * neither an emotion nor a known skip. (A dataset with emotion folders and, say, {@code contempt} loads as it is,
     * with the extra folder reported as skipped.)
     */
    public boolean needsLabelMap() {
        return folders.stream().anyMatch(Folder::unknown)
                && folders.stream().noneMatch(f -> f.resolution() instanceof FolderLabels.Label);
    }

    /** The folder names, in order. */
    public List<String> names() {
        return Collections.unmodifiableList(folders.stream().map(Folder::name).toList());
    }
}
