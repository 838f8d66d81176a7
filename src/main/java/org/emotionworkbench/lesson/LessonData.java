package org.emotionworkbench.lesson;

import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.SourceOptions;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.dataset.manifest.Manifests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Data steps the lessons share: manifests of folders, train-split subsets, copying bundled label maps. */
final class LessonData {
    private LessonData() {
    }

    /** The manifest of a class-folder root read with the default names. */
    static Manifest folder(Path root) {
        return DataSources.manifest(root.toString(), SourceOptions.defaults());
    }

    /** The manifest of a folder whose class folders are named by the bundled label map {@code resource}. */
    static Manifest labelMapped(Path root, String resource, Path dataDir) throws IOException {
        Path map = AtomicFiles.writeString(OutputPaths.child(dataDir, "the lesson's data folder", resource),
                Lessons.resource(resource));
        return DataSources.manifest(root.toString(), new SourceOptions(null, map, null));
    }

    static Manifest trainSplit(Manifest m) {
        return Manifests.subset(m, Set.of(DataSplit.TRAIN), Set.of());
    }

    /** {@code fraction} of each class of {@code m}, at least one image of a class it has, drawn seeded. */
    static Manifest fractionPerClass(Manifest m, double fraction, long seed) {
        Map<Emotion, Integer> wanted = new EnumMap<>(Emotion.class);
        m.counts().forEach((e, n) -> wanted.put(e, n == 0 ? 0 : Math.max(1, (int) Math.round(n * fraction))));
        return Manifests.sample(m, wanted, seed).manifest();
    }

    /** Writes a manifest into the lesson's data folder; returns its absolute path as text. */
    static String write(Manifest m, Path dataDir, String name) throws IOException {
        Path file = OutputPaths.child(dataDir, "the lesson's data folder", name).toAbsolutePath().normalize();
        ManifestJson.write(m, file); // creates the folder
        return file.toString();
    }
}
