package org.emotionworkbench.ui.importing;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.model.keras.IsolatedKerasImport;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.compare.SerialUi;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Choosing another file while the preview's import still runs in its child JVM kills that child (and its descendants)
 * and removes its temporary folder, instead of letting it run to the end for nothing. The child is made to wait at
 * start-up (-XX:+PauseAtStartup: it waits until the file {@code vm.paused.<pid>} in its folder is deleted), so without
 * the stop it would never end.
 */
class ImportPreviewStopTest {
    static final Path KDEF = Path.of("../shared/models/keras/tiny_XCEPTION_KDEF.hdf5").toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    private final SerialUi ui = new SerialUi();
    private WorkbenchContext context;
    private ImportModelViewModel vm;
    private final List<ProcessHandle> seen = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        seen.forEach(ProcessHandle::destroyForcibly); // whatever the outcome, no paused JVM is left behind
        if (vm != null) {
            ui.run(vm::close);
        }
        if (context != null) {
            context.close();
        }
        ui.close();
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + 60_000_000_000L; // a cap against hanging, not a timing
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static List<Path> list(Path dir, String glob) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> dir.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).toList();
        }
    }

    /** A paused child other than {@code except}: its "vm.paused.<pid>" file in its temporary folder under work/. */
    private Optional<Path> pausedChild(Path work, Path except) throws Exception {
        for (Path d : list(work, "keras-import-*")) {
            for (Path f : list(d, "vm.paused.*")) {
                if (!f.equals(except)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private ProcessHandle process(Path pauseFile) {
        long pid = Long.parseLong(pauseFile.getFileName().toString().substring("vm.paused.".length()));
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        seen.add(p);
        assertTrue(p.parent().map(ProcessHandle.current()::equals).orElse(false), "a child of this JVM");
        return p;
    }

    @Test
    void choosingAnotherFileKillsThePreviewsChildAndRemovesItsFolder() throws Exception {
        Path work = tmp.resolve("work");
        IsolatedKerasImport pausing = new IsolatedKerasImport(work,
                List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+PauseAtStartup"));
        context = ui.call(() -> new WorkbenchContext(ui, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache()));
        vm = ui.call(() -> new ImportModelViewModel(context, pausing));

        ui.run(() -> vm.fileProperty().set(KDEF.toString()));
        // the file is first read (described) by a child: let that one go on
        waitFor("the child reading the file", () -> pausedChild(work, null).isPresent());
        Path describing = pausedChild(work, null).orElseThrow();
        process(describing);
        Files.delete(describing);
        waitFor("the file's info", () -> ui.call(() -> vm.infoProperty().get() != null));

        // then a second child imports it for the preview: it waits at start-up, as a long import would run on
        waitFor("the preview's import child", () -> pausedChild(work, describing).isPresent());
        Path pause = pausedChild(work, describing).orElseThrow();
        ProcessHandle importing = process(pause);
        Path folder = pause.getParent();
        assertTrue(importing.isAlive());
        assertTrue(ui.call(() -> vm.modelStatusProperty().get()).startsWith("Importing tiny_XCEPTION_KDEF.hdf5 for the preview"),
                "the preview is being imported");

        Path other = Files.writeString(tmp.resolve("other.h5"), "not an HDF5 file");
        ui.run(() -> vm.fileProperty().set(other.toString()));

        waitFor("the obsolete child to be killed", () -> !importing.isAlive());
        waitFor("its temporary folder to go", () -> !Files.exists(folder));
        assertEquals(List.of(), list(work, "*"), "no temporary folder left");
        waitFor("the new file's error", () -> !ui.call(() -> vm.fileErrorProperty().get()).isEmpty());
        String error = ui.call(() -> vm.fileErrorProperty().get());
        assertTrue(error.contains("other.h5"), error);
        assertFalse(error.contains("stopped"), "the stopped import is not reported: " + error);
    }
}
