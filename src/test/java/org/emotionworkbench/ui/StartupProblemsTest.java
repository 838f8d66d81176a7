package org.emotionworkbench.ui;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.dataset.labelmap.LabelMap;
import org.emotionworkbench.dataset.labelmap.LabelMapStore;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.LatestError;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken state on disk never blocks a start: the workbench opens and says, in its Errors list, what it skipped. */
class StartupProblemsTest {
    @TempDir
    Path tmp;
    private WorkbenchContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private WorkbenchContext open(Path settings, Path workspace) {
        context = new WorkbenchContext(UiExecutor.DIRECT, settings, new Workspace(workspace),
                LoadOptions.defaults().withoutCache());
        return context;
    }

    private List<String> errorLines() {
        return context.errors().entries().stream().map(ErrorLog.Entry::line).toList();
    }

    private boolean reported(String context, String text) {
        return this.context.errors().entries().stream()
                .anyMatch(e -> e.context().equals(context) && e.message().contains(text));
    }

    @Test
    void corruptSettingsDamagedRunsAndACorruptLabelMapAreSkippedAndSaidInOnePlace() throws IOException {
        Path settings = Files.writeString(tmp.resolve("settings.json"), "{\"uiScalePercent\": 10000}");
        Path ws = tmp.resolve("ws");
        RunFolderFixture.at(ws.resolve("runs/good")).ownTest(true, false).write();
        Path broken = RunFolderFixture.at(ws.resolve("runs/broken")).write();
        Files.writeString(broken.resolve(RunFolder.CONFIG), "{\"model\": ");
        Files.write(broken.resolve(RunFolder.MODEL), new byte[0]);
        LabelMapStore store = new LabelMapStore(ws.resolve(WorkbenchContext.LABEL_MAPS_FOLDER));
        Map<String, Optional<Emotion>> m = new LinkedHashMap<>();
        m.put("marah", Optional.of(Emotion.ANGRY));
        Path goodMap = store.save(tmp.resolve("data/faces"), new LabelMap(m));
        Path badMap = Files.writeString(store.dir().resolve("faces-0123456789.json"), "{\"marah\": \"furious\"");

        open(settings, ws);

        assertEquals(100, context.uiScale().percent(), "defaults are used");
        assertEquals(List.of("good", "broken"), context.runs().runs().stream().map(RunEntry::name).sorted(
                java.util.Comparator.reverseOrder()).toList());
        RunEntry brokenEntry = context.runs().runs().stream().filter(r -> r.name().equals("broken")).findFirst().orElseThrow();
        assertTrue(brokenEntry.problem().contains("config.json cannot be read"), brokenEntry.problem());
        assertTrue(reported("Settings", "zoom 10000 %"), errorLines().toString());
        assertTrue(reported("Runs", "run broken cannot be fully read"), errorLines().toString());
        assertTrue(reported("Runs", "model.zip is empty"), errorLines().toString());
        assertTrue(reported("Label maps", badMap.getFileName().toString()), errorLines().toString());
        assertFalse(Files.exists(badMap), "the corrupt map is no longer applied");
        assertTrue(Files.exists(goodMap), "a good map stays");
        assertEquals(3, context.startupProblems().size(), context.startupProblems().toString());
        ErrorLog.Entry last = context.errors().entries().get(context.errors().entries().size() - 1);
        assertEquals("Start-up", last.context(), "the newest error (the status bar's) sums up what was skipped");
        assertTrue(last.message().startsWith("opened with 3 problems"), last.message());
    }

    @Test
    void aWorkspaceThatCannotBeCreatedOpensWithAnExplanationAndAWayOut() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file where the workspace's parent should be");
        open(tmp.resolve("settings.json"), blocker.resolve("emotion-workbench"));
        assertFalse(context.workspaceUsable());
        assertTrue(reported("Workspace", "runs cannot be saved there"), errorLines().toString());
        assertTrue(reported("Workspace", "File → Change workspace…"), errorLines().toString());
        assertTrue(context.runs().runs().isEmpty());
        Path elsewhere = tmp.resolve("elsewhere");
        context.changeWorkspace(elsewhere);
        assertTrue(context.workspaceUsable(), "the way out works");
        assertEquals(elsewhere.toAbsolutePath().normalize(), context.workspace().root());
    }

    @Test
    void aReadOnlyWorkspaceOpensWithAnExplanation() throws IOException {
        Path ws = Files.createDirectories(tmp.resolve("ro"));
        Files.createDirectories(ws.resolve("runs"));
        Files.setPosixFilePermissions(ws, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ws), "permissions are not enforced for this user (root)");
            open(tmp.resolve("settings.json"), ws);
            assertFalse(context.workspaceUsable());
            assertTrue(reported("Workspace", "is not writable"), errorLines().toString());
        } finally {
            Files.setPosixFilePermissions(ws, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void settingsThatCannotBeSavedShowInTheStatusBarInsteadOfThrowing() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("blocker"), "not a folder");
        open(blocker.resolve("settings.json"), tmp.resolve("ws"));
        LatestError status = new LatestError(context.errors(), context.tasks());
        context.uiScale().zoomIn(); // remembered at once
        context.rememberDataset("/data/faces");
        assertTrue(status.textProperty().get().startsWith("Saving settings: "), status.textProperty().get());
        assertEquals(2, context.errors().entries().stream().filter(e -> e.context().equals("Saving settings")).count());
        assertEquals(110, context.uiScale().percent(), "the zoom still applies for this session");
        assertEquals("not a folder", Files.readString(blocker));
    }
}
