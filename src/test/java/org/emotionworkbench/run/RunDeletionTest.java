package org.emotionworkbench.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunDeletionTest {
    @TempDir
    Path tmp;

    @Test
    void withoutATrashTheWholeRunFolderIsDeleted() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("runs/r1")).ownTest(true, false).evaluation("other", "/d", true).write();
        Path sibling = RunFolderFixture.at(tmp.resolve("runs/r2")).write();
        RunDeletion deletion = new RunDeletion(null);
        assertFalse(deletion.movesToTrash());
        assertEquals(RunDeletion.Outcome.DELETED, deletion.remove(run));
        assertFalse(Files.exists(run));
        assertTrue(Files.isRegularFile(sibling.resolve(RunFolder.CONFIG)), "only that run");
    }

    @Test
    void withATrashTheRunIsMovedThere() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("runs/r1")).write();
        Path bin = Files.createDirectories(tmp.resolve("trash"));
        List<File> trashed = new ArrayList<>();
        RunDeletion deletion = new RunDeletion(f -> {
            trashed.add(f);
            try {
                Files.move(f.toPath(), bin.resolve(f.getName()));
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        assertTrue(deletion.movesToTrash());
        assertEquals(RunDeletion.Outcome.MOVED_TO_TRASH, deletion.remove(run));
        assertEquals(List.of(run.toFile()), trashed);
        assertTrue(Files.isRegularFile(bin.resolve("r1").resolve(RunFolder.CONFIG)));
    }

    @Test
    void aFailedMoveToTheTrashDeletesNothing() throws Exception {
        Path run = RunFolderFixture.at(tmp.resolve("runs/r1")).write();
        IOException e = assertThrows(IOException.class, () -> new RunDeletion(f -> false).remove(run));
        assertTrue(e.getMessage().contains("trash"), e.getMessage());
        assertTrue(Files.isRegularFile(run.resolve(RunFolder.CONFIG)));
    }

    @Test
    void aFolderThatIsNotARunIsNeverRemoved() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("precious"));
        Files.writeString(folder.resolve("thesis.tex"), "…");
        assertThrows(IllegalArgumentException.class, () -> new RunDeletion(null).remove(folder));
        assertTrue(Files.exists(folder.resolve("thesis.tex")));
    }
}
