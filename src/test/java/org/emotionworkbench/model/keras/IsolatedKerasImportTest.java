package org.emotionworkbench.model.keras;

import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.run.ModelImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import's child JVM dying for real (a JVM abort on running out of heap, a kill by signal): one clear line, no run
 * folder, no temporary folder left, and this JVM carries on; and a file far larger than its weights is refused.
 */
class IsolatedKerasImportTest {
    static final Path KDEF = KerasImportTest.KDEF;
    static final KerasImport.Options FER = new KerasImport.Options(ClassOrder.FER2013, PixelScaling.SYMMETRIC, null);

    @TempDir
    Path tmp;

    private static List<Path> list(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aChildThatAbortsGivesOneLineAndLeavesNoRunFolderAndNoTemporaryFolder() throws Exception {
        Path work = tmp.resolve("work");
        // too little heap, and a JVM abort (with a crash report) instead of an exception when it runs out
        IsolatedKerasImport crashing = new IsolatedKerasImport(work, List.of("-Xmx12m",
                "-XX:-ExitOnOutOfMemoryError", "-XX:+CrashOnOutOfMemoryError"));
        Path run = tmp.resolve("runs/kdef");
        KerasImportException e = assertThrows(KerasImportException.class,
                () -> ModelImport.importKeras(crashing, KDEF, FER, run, false));
        String m = e.getMessage();
        assertTrue(m.startsWith("Importing tiny_XCEPTION_KDEF.hdf5 failed inside the isolated importer: it "), m);
        assertTrue(m.matches(".*: it ran out of memory \\(exit \\d+\\) — the workbench is unaffected"), m);
        assertFalse(m.contains("\n"), "one line");
        assertFalse(Files.exists(run), "no run folder");
        assertEquals(List.of(), list(work), "the temporary folder is gone");
    }

    @Test
    void aChildKilledWhileItRunsGivesOneLine() throws Exception {
        Path work = tmp.resolve("work");
        // the child waits at start-up (for a file in its folder to go) until it is killed
        IsolatedKerasImport importer = new IsolatedKerasImport(work, List.of("-XX:+UnlockDiagnosticVMOptions",
                "-XX:+PauseAtStartup"));
        Path run = tmp.resolve("runs/kdef");
        CompletableFuture<ModelImport.Result> running = CompletableFuture.supplyAsync(() -> {
            try {
                return ModelImport.importKeras(importer, KDEF, FER, run, false);
            } catch (Exception ex) {
                throw new java.util.concurrent.CompletionException(ex);
            }
        });
        Optional<ProcessHandle> child = Optional.empty();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (child.isEmpty() && !running.isDone() && System.nanoTime() < end) {
            child = ProcessHandle.current().children().filter(p -> p.info().command()
                    .map(c -> c.endsWith("/java")).orElse(false)).findFirst();
            Thread.sleep(20);
        }
        assertTrue(child.isPresent(), "the import runs in a child process");
        assertTrue(child.get().info().arguments().map(a -> List.of(a).contains(KerasImportChild.class.getName()))
                .orElse(true), "the importer's child");
        child.get().destroyForcibly();
        ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(60, TimeUnit.SECONDS));
        KerasImportException k = assertInstanceOf(KerasImportException.class, e.getCause());
        assertEquals("Importing tiny_XCEPTION_KDEF.hdf5 failed inside the isolated importer: it was killed by signal 9 "
                + "(exit 137) — the workbench is unaffected", k.getMessage());
        assertFalse(Files.exists(run), "no run folder");
        assertEquals(List.of(), list(work), "the temporary folder is gone");
    }

    @Test
    void anHdf5FileFarLargerThanItsDeclaredWeightsIsRefusedBeforeImporting() throws Exception {
        Path big = Files.copy(KDEF, tmp.resolve("padded.hdf5"));
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(f.length() + (40L << 20)); // 40 MB more than the 73 KB of weights need (sparse: no disk)
        }
        Path run = tmp.resolve("runs/padded");
        KerasImportException e = assertThrows(KerasImportException.class,
                () -> ModelImport.importKeras(new IsolatedKerasImport(tmp.resolve("work"), List.of()), big, FER, run, false));
        assertTrue(e.getMessage().startsWith("padded.hdf5 is 42.3 MB, far more than the 0.1 MB of weights its model "
                + "configuration declares (18,314 parameters)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("refused before importing"), e.getMessage());
        assertFalse(Files.exists(run));
    }

    @Test
    void theRealFilesAreWellWithinTheSizeBound() throws Exception {
        for (Path f : List.of(KDEF, KerasImportTest.MINI)) {
            KerasFileInfo info = KerasFileInfo.readHere(f);
            long params = KerasImport.declaredParameters(f, info);
            assertTrue(info.bytes() < params * Float.BYTES * KerasImport.SIZE_FACTOR + KerasImport.SIZE_SLACK, f.toString());
        }
        assertEquals(18_314, KerasImport.declaredParameters(KDEF, KerasFileInfo.readHere(KDEF)),
                "the configuration's parameters are the imported model's");
    }
}
