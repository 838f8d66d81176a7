package org.emotionworkbench.ui.workspace;

import org.emotionworkbench.sampledata.SampleDataGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The app-image's launcher names its own sample data through {@link SampleData#PROPERTY}. */
class InstalledSampleDataTest {
    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty(SampleData.PROPERTY);
    }

    @Test
    void theInstalledCopyComesFirst() throws Exception {
        Path installed = tmp.resolve("app").resolve("sample-data");
        SampleDataGenerator.generate(installed, 1, 1, 1);
        System.setProperty(SampleData.PROPERTY, installed.toString());
        assertEquals(installed.toAbsolutePath().normalize(), SampleData.locate(new Workspace(tmp.resolve("ws"))));
    }

    @Test
    void aPropertyNamingNoSampleDataFallsBackToTheUsualLookup() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("not-sample-data"));
        System.setProperty(SampleData.PROPERTY, other.toString());
        // tests run in the repository, whose sample-data/ is the bundled folder
        assertEquals(Path.of("sample-data").toAbsolutePath().normalize(),
                SampleData.locate(new Workspace(tmp.resolve("ws"))));
    }
}
