package org.emotionworkbench.run;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AboutFactsTest {
    @Test
    void currentFactsNameTheBackendJavaFxJavaMachineAndLicences() {
        List<String> lines = AboutFacts.current().lines();
        assertTrue(lines.get(0).startsWith("Emotion Workbench "), lines.get(0));
        assertTrue(lines.contains("Deeplearning4j / ND4J: 1.0.0-M2.1"), lines.toString());
        String backend = lines.stream().filter(l -> l.startsWith("Backend: ")).findFirst().orElseThrow();
        assertTrue(backend.contains("CPU") && backend.contains("oneDNN"), backend);
        // read from JavaFX's javafx.properties: no toolkit is started in this test
        assertTrue(lines.stream().anyMatch(l -> l.matches("JavaFX: 21\\.\\d+\\.\\d+.*")), lines.toString());
        assertTrue(lines.contains("Java: " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ")"), lines.toString());
        assertTrue(lines.contains("CPU cores: " + Runtime.getRuntime().availableProcessors()), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Deeplearning4j") && l.contains("Apache License 2.0")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("JavaFX") && l.contains("Classpath Exception")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("Sample data") && l.contains("generator")));
    }

    @Test
    void theLicenceNamedIsTheProjectsLicenceFile() throws Exception {
        assertTrue(AboutFacts.LICENCES.get(0).contains("Apache License 2.0 (LICENSE)"));
        String licence = Files.readString(Path.of("LICENSE"));
        assertTrue(licence.contains("Apache License") && licence.contains("Version 2.0, January 2004"));
        assertTrue(licence.contains("END OF TERMS AND CONDITIONS"), "the full text");
    }

    @Test
    void missingFactsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AboutFacts("1", "d", " ", "fx", "17", "v", "os", "a", 2));
        assertThrows(IllegalArgumentException.class, () -> new AboutFacts("1", "d", "b", "fx", "17", "v", "os", "a", 0));
        assertEquals("CPU cores: 3", new AboutFacts("1", "d", "b", "fx", "17", "v", "os", "a", 3).lines().get(6));
    }
}
