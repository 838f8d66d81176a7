package org.emotionworkbench.cli;

import org.emotionworkbench.run.AboutFacts;
import org.junit.jupiter.api.Test;

import static org.emotionworkbench.cli.CliEndToEndTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionCommandTest {
    @Test
    void versionPrintsTheAboutFactsLineForLine() {
        CliEndToEndTest.Result r = cli("--version");
        assertEquals(0, r.code(), r.err());
        assertEquals(AboutFacts.current().lines(), r.out().lines().toList());
        assertTrue(r.out().contains("Backend: ND4J backend"), r.out());
        assertTrue(r.out().contains("JavaFX: 21."), r.out());
        assertTrue(r.out().contains("Licences and sources:"), r.out());
    }
}
