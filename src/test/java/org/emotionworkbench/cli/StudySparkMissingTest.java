package org.emotionworkbench.cli;

import static org.emotionworkbench.cli.CliEndToEndTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.emotionworkbench.study.spark.SparkClassPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench as installed has no Spark (it is a provided dependency): {@code study run --spark} then says how to
 * run it through spark-submit, trains nothing and leaves the output folder as it was. Runs on the class path the
 * installer ships (pom.xml's default-test execution), where Spark is absent.
 */
class StudySparkMissingTest {
    @TempDir
    Path tmp;

    @Test
    void withoutSparkOnTheClassPathStudyRunSparkSaysHowToRunItAndTrainsNothing() throws Exception {
        assumeFalse(SparkClassPath.present(), "Spark is on this class path (the spark-tests execution)");
        String data = Path.of("sample-data").toAbsolutePath().toString().replace("\\", "\\\\");
        Path spec = tmp.resolve("study.json");
        Files.writeString(spec, """
                {"name": "where", "model": "tiny", "training": {"maxEpochs": 1, "batchSize": 32, "learningRate": 0.003},
                 "seeds": [1], "sources": [{"name": "sample", "data": "%s"}]}
                """.formatted(data));
        CliEndToEndTest.Result r = cli("study", "run", "--spec", spec.toString(), "--out", tmp.resolve("out").toString(),
                "--spark", "local[2]");
        assertEquals(ErrorReporter.USER_ERROR, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("spark-submit --master 'local[2]' --class org.emotionworkbench.cli.Main"), r.err());
        assertFalse(Files.exists(tmp.resolve("out/runs")), "nothing was trained");
    }
}
