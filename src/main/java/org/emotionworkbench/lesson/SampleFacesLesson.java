package org.emotionworkbench.lesson;

import org.emotionworkbench.io.OutputPaths;
import org.emotionworkbench.sampledata.SampleDataGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The bundled default, which needs no data: two sets of generated faces (two seeds of the sample-face generator play
 * "real" and "other"), the tiny model, two seeds; each model tested on both sets. A one-minute rehearsal of the
 * synthetic-vs-real lesson's screens.
 */
final class SampleFacesLesson implements Lesson {
    @Override
    public String name() {
        return "sample-faces";
    }

    @Override
    public String title() {
        return "Two sets of generated faces (needs no data)";
    }

    @Override
    public String summary() {
        return "the synthetic-vs-real screens on generated sample faces: a one-minute rehearsal";
    }

    @Override
    public String duration() {
        return "≈ 1 min";
    }

    @Override
    public List<DataNeed> needs() {
        return List.of();
    }

    @Override
    public Map<String, String> prepare(Path datasetsRoot, Path dataDir) throws IOException {
        Path a = OutputPaths.child(dataDir, "the lesson's data folder", "faces-a").toAbsolutePath().normalize();
        Path b = OutputPaths.child(dataDir, "the lesson's data folder", "faces-b").toAbsolutePath().normalize();
        if (!Files.isDirectory(a.resolve("test"))) {
            SampleDataGenerator.generate(a, 60, 20, 2026, true);
        }
        if (!Files.isDirectory(b.resolve("test"))) {
            SampleDataGenerator.generate(b, 60, 20, 7, true);
        }
        return Map.of("facesA", a.toString(), "facesB", b.toString());
    }
}
