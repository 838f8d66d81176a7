package org.emotionworkbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createsMissingParentDirectories() throws IOException {
        Path target = dir.resolve("a/b/c/report.json");
        AtomicFiles.writeString(target, "{}");
        assertEquals("{}", Files.readString(target));
    }

    @Test
    void replacesExistingContentCompletely() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "a much longer old content that must not survive");
        AtomicFiles.writeString(target, "new");
        assertEquals("new", Files.readString(target));
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        Path target = dir.resolve("out.bin");
        AtomicFiles.write(target, new byte[] {1, 2, 3});
        AtomicFiles.write(target, new byte[] {4, 5});
        assertEquals(List.of("out.bin"), listing(dir));
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(target));
    }

    @Test
    void writesUtf8() throws IOException {
        Path target = dir.resolve("u.txt");
        AtomicFiles.writeString(target, "überrascht");
        assertArrayEquals("überrascht".getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(target));
    }

    @Test
    void refusesToReplaceADirectoryAndCleansUp() throws IOException {
        Path target = dir.resolve("sub");
        Files.createDirectories(target.resolve("keep"));
        assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "x"));
        assertEquals(List.of("sub"), listing(dir));
        assertEquals(List.of("keep"), listing(target));
    }
}
