package org.emotionworkbench.ui.workspace;

import org.emotionworkbench.ui.UiTestSupport;
import org.emotionworkbench.ui.WorkbenchContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace and settings.json live in the user's home, never in the installation folder, so that an upgrade of
 * the package (which replaces /opt/emotion-workbench) keeps them; the first start says where the workspace was made.
 */
class FirstRunLocationsTest {
    /** Where the .deb installs the app-image; the launcher points the sample data there. */
    private static final Path INSTALLED = Path.of("/opt/emotion-workbench");
    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty(SampleData.PROPERTY);
    }

    @Test
    void theDefaultWorkspaceAndSettingsAreInTheHomeEvenWhenStartedFromTheInstallation() {
        System.setProperty(SampleData.PROPERTY, INSTALLED.resolve("lib/app/sample-data").toString());
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();

        Path workspace = Workspace.resolveDefault(new WorkbenchSettings(null, null)).root();
        Path settings = WorkbenchSettings.defaultFile().toAbsolutePath().normalize();

        assertEquals(home.resolve("emotion-workbench"), workspace);
        assertEquals(home.resolve(".emotion-workbench/settings.json"), settings);
        for (Path p : new Path[]{workspace, settings}) {
            assertFalse(p.startsWith(INSTALLED), p + " is inside the installation");
            assertFalse(p.startsWith(Path.of(System.getProperty(SampleData.PROPERTY)).getParent()), p + " is beside the sample data");
        }
    }

    @Test
    void theInstalledLauncherSetsNeitherTheWorkspaceNorTheSettingsFile() throws IOException {
        String build = Files.readString(Path.of("packaging/build.sh"));
        assertTrue(build.contains("-D" + SampleData.PROPERTY + "=$APPDIR/sample-data"), "the launcher's options moved");
        assertFalse(build.contains("-D" + Workspace.PROPERTY), "the launcher must not pin the workspace");
        assertFalse(build.contains("-D" + WorkbenchSettings.FILE_PROPERTY), "the launcher must not pin settings.json");
    }

    @Test
    void theFirstStartSaysOnceWhereItCreatedTheWorkspace() {
        Path ws = tmp.resolve("ws");
        try (WorkbenchContext first = UiTestSupport.directContext(tmp)) {
            String message = first.workspaceCreatedMessage();
            assertTrue(Files.isDirectory(ws.resolve("runs")));
            assertTrue(message.startsWith("Your workspace was created at " + ws + ":"), message);
            assertTrue(message.contains(tmp.resolve("settings.json").toString()), message);
        }
        try (WorkbenchContext second = UiTestSupport.directContext(tmp)) {
            assertEquals("", second.workspaceCreatedMessage());
        }
    }
}
