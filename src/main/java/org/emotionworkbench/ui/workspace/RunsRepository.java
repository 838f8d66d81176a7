package org.emotionworkbench.ui.workspace;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.run.DistinctLabels;
import org.emotionworkbench.run.RunFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The runs of a workspace, newest first, each shown by a label no other run of the list has: every sub-folder of
 * {@code runs/} that is a run, damaged ones included ({@link #scan}). Rescanned on
 * {@link #refresh()} (at start, after a run, on demand), so runs made by the CLI appear too.
 */
public final class RunsRepository {
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyObjectWrapper<Workspace> workspace =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    public RunsRepository(Workspace workspace) {
        this.workspace.set(workspace);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObservableList<RunEntry> runs() {
        return runs;
    }

    public Workspace workspace() {
        return workspace.get();
    }

    public void setWorkspace(Workspace w) {
        this.workspace.set(w);
        refresh();
    }

    /** Scans the folder (call on the UI thread: it is a directory listing and small JSON reads). */
    public void refresh() {
        runs.setAll(scan(workspace.get().runs()));
    }

    /**
     * The run folders of {@code runsDir}: those with a config.json, and those that look like a run cut short (a
     * model, history, report or outcome but no config.json), listed with their {@link RunEntry#problem()}. Never
     * throws: a folder that cannot be read is listed as such, and a {@code runsDir} that cannot be listed gives an
     * empty list (see {@link #scanProblem(Path)}).
     */
    public static List<RunEntry> scan(Path runsDir) {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(runsDir)) {
            dirs = s.filter(Files::isDirectory).filter(RunsRepository::looksLikeARun).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<RunEntry> entries = dirs.stream().map(RunsRepository::readSafely)
                .sorted(Comparator.comparing(RunEntry::modified).reversed().thenComparing(RunEntry::name))
                .toList();
        List<String> labels = DistinctLabels.of(entries.stream().map(RunEntry::label).toList(),
                entries.stream().map(RunEntry::name).toList());
        return java.util.stream.IntStream.range(0, entries.size())
                .mapToObj(i -> entries.get(i).labelled(labels.get(i))).toList();
    }

    /** Why {@code runsDir} cannot be listed; empty when it can (or does not exist yet). */
    public static java.util.Optional<String> scanProblem(Path runsDir) {
        if (!Files.exists(runsDir)) {
            return java.util.Optional.empty();
        }
        if (!Files.isDirectory(runsDir)) {
            return java.util.Optional.of(runsDir + " is not a folder");
        }
        try (Stream<Path> s = Files.list(runsDir)) {
            s.findFirst();
            return java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.of("cannot list " + runsDir + ": " + e);
        }
    }

    private static final List<String> RUN_FILES = List.of(RunFolder.CONFIG, RunFolder.MODEL, RunFolder.HISTORY,
            RunFolder.OUTCOME, RunFolder.REPORT_JSON);

    private static boolean looksLikeARun(Path dir) {
        return RUN_FILES.stream().anyMatch(f -> Files.exists(dir.resolve(f)));
    }

    private static RunEntry readSafely(Path dir) {
        try {
            return RunEntry.read(dir);
        } catch (RuntimeException e) {
            return RunEntry.unreadable(dir, "cannot be read: " + e);
        }
    }

    public java.util.Optional<RunEntry> find(Path dir) {
        Path n = dir.toAbsolutePath().normalize();
        return runs.stream().filter(r -> r.dir().toAbsolutePath().normalize().equals(n)).findFirst();
    }
}
