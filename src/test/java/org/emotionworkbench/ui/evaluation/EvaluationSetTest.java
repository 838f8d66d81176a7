package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.run.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Evaluated on" names the set a run was actually tested on, from its config.json. */
class EvaluationSetTest {
    @TempDir
    Path tmp;

    private Path runEvaluatedOn(String evaluatedOn) throws Exception {
        String config = Files.readString(TinyRun.get().resolve(RunFolder.CONFIG));
        String trainRoot = config.replaceAll("(?s).*\"trainRoot\" : \"([^\"]*)\".*", "$1");
        Path run = Files.createDirectories(tmp.resolve("run-" + Math.abs(evaluatedOn.hashCode())));
        Files.writeString(run.resolve(RunFolder.CONFIG), config.replaceAll("\"evaluatedOn\" : \"[^\"]*\"",
                "\"evaluatedOn\" : \"" + evaluatedOn.replace("${train}", trainRoot) + "\""));
        return run;
    }

    @Test
    void theOwnSetIsNamedByWhatItWas() throws Exception {
        assertEquals("test split of sample-data", EvaluationSet.ownName(runEvaluatedOn("test:${train}")));
        assertEquals("fer2013 (chosen as the test set)", EvaluationSet.ownName(runEvaluatedOn("test:/data/fer2013")));
        assertEquals("validation part of sample-data", EvaluationSet.ownName(runEvaluatedOn("validation")));
        assertEquals("own test set", EvaluationSet.ownName(tmp.resolve("no-run")));
    }
}
