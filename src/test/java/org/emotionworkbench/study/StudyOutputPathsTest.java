package org.emotionworkbench.study;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.run.RunProgress;
import org.emotionworkbench.training.TrainingControl;
import org.emotionworkbench.training.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A study spec from someone else cannot make a study write outside the folder it runs in. */
class StudyOutputPathsTest {
    @TempDir
    Path tmp;

    private Path spec(String sourceName, String evaluationName) throws Exception {
        Path file = tmp.resolve("spec").resolve("study.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"name": "s", "model": "tiny", "training": {"maxEpochs": 1, "batchSize": 8, "learningRate": 0.001},
                 "seeds": [1], "sources": [{"name": %s, "data": "faces"}],
                 "evaluations": [{"name": %s, "data": "faces"}]}
                """.formatted(json(sourceName), json(evaluationName)));
        return file;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void namesThatEscapeAreRefusedWhenTheSpecIsRead() throws Exception {
        for (String[] names : new String[][]{{"../../evil", "e"}, {"..", "e"}, {"/tmp/evil", "e"},
                {"a", ".."}, {"a", "."}, {"a", "../../evil"}, {"a", tmp.resolve("evil").toString()}}) {
            Path file = spec(names[0], names[1]);
            String bad = names[0].equals("a") ? names[1] : names[0];
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudySpec.read(file),
                    bad);
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void aSymlinkInTheStudyFolderThatPointsOutsideIsRefusedBeforeAnythingIsWrittenThere() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path study = Files.createDirectories(tmp.resolve("study"));
        Files.createSymbolicLink(study.resolve("runs"), outside);
        StudySpec spec = new StudySpec("s", Presets.get("tiny"), TrainingOptions.of(1, 8, 1e-3, 0), List.of(1L),
                List.of(new StudySpec.Source("a", tmp.resolve("faces").toString(), false, null, null, null)),
                List.of());
        StudyRunner runner = new StudyRunner(LoadOptions.defaults().withCacheDir(tmp.resolve("cache")),
                new RunProgress() {
                }, List.of(), new TrainingControl());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(spec, study));
        assertTrue(e.getMessage().contains("symbolic link") && e.getMessage().contains("the study s"), e.getMessage());
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(0, s.count(), "nothing written outside");
        }
    }
}
