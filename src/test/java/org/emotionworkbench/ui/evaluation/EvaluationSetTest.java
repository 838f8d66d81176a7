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

    @Test
    void anImportedModelHasNoOwnSetButTheDatasetsItWasEvaluatedOn() throws Exception {
        Path run = org.emotionworkbench.run.RunFolderFixture.at(tmp.resolve("imported"))
                .imported("fer2013_mini_XCEPTION.00-0.47.hdf5").write();
        assertEquals(EvaluationSet.NOT_EVALUATED, EvaluationSet.ownName(run));
        java.util.List<EvaluationSet> sets = EvaluationSet.of(run);
        assertEquals(1, sets.size());
        assertEquals(EvaluationSet.NOT_EVALUATED, sets.get(0).name());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> EvaluationData.read(run));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("Imported model, not evaluated yet"), e.getMessage());

        org.emotionworkbench.run.RunFolderFixture.writeEvaluation(run.resolve("evaluations/fer2013-test"),
                "/data/fer2013", org.emotionworkbench.run.RunFolderFixture.rightFirst(14, 7));
        sets = EvaluationSet.of(run);
        assertEquals(java.util.List.of("fer2013-test"), sets.stream().map(EvaluationSet::name).toList());
        assertEquals(false, sets.get(0).own());
        org.junit.jupiter.api.Assertions.assertTrue(org.emotionworkbench.ui.workspace.RunEntry.read(run).evaluated());
    }
}
