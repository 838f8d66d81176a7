package org.emotionworkbench.ui.workspace;

import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.run.RunLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceTest {
    @TempDir
    Path tmp;

    @Test
    void newRunFoldersNeverReuseATakenName() throws IOException {
        Workspace ws = new Workspace(tmp).ensureExists();
        Path first = ws.newRunFolder("tiny / sample data");
        assertEquals("tiny-sample-data", first.getFileName().toString());
        Files.createDirectories(first);
        assertEquals("tiny-sample-data-2", ws.newRunFolder("tiny / sample data").getFileName().toString());
        assertEquals("run", ws.newRunFolder("///").getFileName().toString());
    }

    @Test
    void aWorkspaceThatIsAFileIsRefusedClearly() throws IOException {
        Path file = Files.writeString(tmp.resolve("notadir"), "x");
        IOException e = assertThrows(IOException.class, () -> new Workspace(file).ensureExists());
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    @Test
    void settingsRoundTripAndAnUnreadableFileMeansDefaults() throws IOException {
        Path f = tmp.resolve("s/settings.json");
        new WorkbenchSettings("/w", "/d").save(f);
        assertEquals(new WorkbenchSettings("/w", "/d"), WorkbenchSettings.load(f));
        Files.writeString(f, "{not json");
        WorkbenchSettings broken = WorkbenchSettings.load(f);
        assertNull(broken.workspace());
        assertNull(WorkbenchSettings.load(tmp.resolve("missing.json")).lastDataset());
    }

    @Test
    void runsAreListedNewestFirstAndBrokenConfigsAreListedWithTheProblem() throws IOException {
        Workspace ws = new Workspace(tmp).ensureExists();
        Path a = Files.createDirectories(ws.runs().resolve("a"));
        Files.writeString(a.resolve("config.json"), "{ broken");
        Path b = Files.createDirectories(ws.runs().resolve("b"));
        Files.writeString(b.resolve("config.json"), "{}");
        Files.createDirectories(ws.runs().resolve("not-a-run"));
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(2_000));
        RunsRepository repo = new RunsRepository(ws);
        repo.refresh();
        assertEquals(2, repo.runs().size());
        assertEquals("b", repo.runs().get(0).name());
        assertNull(repo.runs().get(0).problem());
        assertTrue(repo.runs().get(1).problem().startsWith("config.json cannot be read"), repo.runs().get(1).problem());
    }

    @Test
    void runsAreShownByTheirLabelAndEqualLabelsAreToldApartByFolder() throws IOException {
        Workspace ws = new Workspace(tmp).ensureExists();
        Path first = RunFolderFixture.at(ws.runs().resolve("tiny-faces-20260101-100000")).seed(42).write();
        Path again = RunFolderFixture.at(ws.runs().resolve("tiny-faces-20260102-100000")).seed(42).write();
        Path named = RunFolderFixture.at(ws.runs().resolve("tiny-faces-20260103-100000")).seed(7).write();
        new RunLabel("baseline", "first try").write(named);
        Files.setLastModifiedTime(first, java.nio.file.attribute.FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(again, java.nio.file.attribute.FileTime.fromMillis(2_000));
        Files.setLastModifiedTime(named, java.nio.file.attribute.FileTime.fromMillis(3_000));
        RunsRepository repo = new RunsRepository(ws);
        repo.refresh();
        assertEquals(java.util.List.of("baseline", "faces · tiny · s42 (tiny-faces-20260102-100000)",
                "faces · tiny · s42 (tiny-faces-20260101-100000)"), repo.runs().stream().map(RunEntry::label).toList());
        assertEquals("first try", repo.runs().get(0).storedLabel().notes());
    }

    @Test
    void sampleDataIsDrawnIntoTheWorkspaceWhenNoneIsBundled() throws IOException {
        Path sample = tmp.resolve("ws").resolve("sample-data");
        assertTrue(!SampleData.isSampleData(sample));
        org.emotionworkbench.sampledata.SampleDataGenerator.generate(sample, 1, 1, SampleData.SEED);
        assertTrue(SampleData.isSampleData(sample));
        assertTrue(Files.isDirectory(sample.resolve("train/happy")));
    }
}
