package org.emotionworkbench.run;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunExecutorTest {

    @Test
    void trainingImagesThatDuplicateTestImagesCanBeLeftOut(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("faces");
        SampleDataGenerator.generate(root, 10, 4, 3);
        // plant three leaks: test faces copied into the training folders (under other names, one relabelled)
        Files.copy(root.resolve("test/happy/happy_0000.png"), root.resolve("train/happy/leak_a.png"));
        Files.copy(root.resolve("test/sad/sad_0001.png"), root.resolve("train/sad/leak_b.png"));
        Files.copy(root.resolve("test/fear/fear_0002.png"), root.resolve("train/angry/leak_c.png"));
        RunExecutor executor = new RunExecutor(LoadOptions.defaults().withoutCache());
        var kept = executor.prepare(new DataOptions(root.toString(), null, 0.2, false, null, null, false), 1);
        var clean = executor.prepare(new DataOptions(root.toString(), null, 0.2, false, null, null, true), 1);
        assertEquals(0, kept.excludedTestDuplicates());
        assertEquals(3, clean.excludedTestDuplicates());
        assertEquals(kept.train().size() + kept.validation().size() - 3, clean.train().size() + clean.validation().size());
        assertTrue(clean.train().stream().noneMatch(s -> s.source().contains("leak_")));
        assertTrue(clean.validation().stream().noneMatch(s -> s.source().contains("leak_")));
        assertEquals(kept.test().size(), clean.test().size());
    }
}
