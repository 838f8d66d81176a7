package org.emotionworkbench.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputPathsTest {
    @TempDir
    Path tmp;

    @Test
    void plainNamesResolveUnderTheRoot() {
        Path root = tmp.resolve("out");
        assertEquals(root.resolve("runs").resolve("a-s1"), OutputPaths.child(root, "spec.json", "runs", "a-s1"));
        assertEquals(root.resolve("..x"), OutputPaths.child(root, "spec.json", "..x"), "dots inside a name are fine");
    }

    @Test
    void namesThatLeaveTheRootAreRefusedNamingValueAndOrigin() {
        Path root = tmp.resolve("out");
        for (String bad : new String[]{"../../evil", "..", ".", "/etc/passwd", tmp.resolve("elsewhere").toString(),
                "a/b", "a\\b", "", "nul\0x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> OutputPaths.child(root, "/x/study.json", "runs", bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("/x/study.json"), e.getMessage());
        }
    }

    @Test
    void aSymlinkInsideTheRootThatPointsOutsideIsRefused() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("runs"), outside);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputPaths.child(root, "the study", "runs", "a-s1"));
        assertTrue(e.getMessage().contains("symbolic link") && e.getMessage().contains("the study"), e.getMessage());
        Files.createSymbolicLink(root.resolve("dangling"), tmp.resolve("not-there"));
        assertThrows(IllegalArgumentException.class, () -> OutputPaths.child(root, "the study", "dangling", "x"));
    }

    @Test
    void aSymlinkThatStaysInsideAndARootThatIsALinkAreFine() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.createDirectories(real.resolve("inner"));
        Files.createSymbolicLink(real.resolve("alias"), real.resolve("inner"));
        Path linkedRoot = Files.createSymbolicLink(tmp.resolve("root-link"), real);
        assertEquals(linkedRoot.resolve("alias").resolve("f"), OutputPaths.child(linkedRoot, "x", "alias", "f"));
    }

    @Test
    void containedRefusesAResolvedPathOutsideTheRoot() {
        Path root = tmp.resolve("out");
        assertThrows(IllegalArgumentException.class,
                () -> OutputPaths.contained(root, root.resolve("a/../../b"), "spec"));
    }
}
