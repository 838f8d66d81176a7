package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.sampledata.SampleDataGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Generated faces moved into class folders named in another language, like the SD faces' Indonesian ones. */
public final class ForeignFolders {
    private ForeignFolders() {
    }

    /**
     * {@code root/<name>/} for each English class → foreign name in {@code names}, {@code perClass} faces each, flat;
     * the other classes are left out.
     */
    public static Path make(Path scratch, Path root, int perClass, long seed, Map<String, String> names) throws IOException {
        Path gen = scratch.resolve("gen-" + seed);
        SampleDataGenerator.generate(gen, perClass, 0, seed);
        Files.createDirectories(root);
        for (Map.Entry<String, String> e : names.entrySet()) {
            Files.move(gen.resolve("train").resolve(e.getKey()), root.resolve(e.getValue()));
        }
        return root;
    }
}
