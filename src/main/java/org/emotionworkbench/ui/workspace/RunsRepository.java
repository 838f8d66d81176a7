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
 * The runs of a workspace, newest first, each shown by a label no other run of the list has: every sub-folder of {@code runs/} with a config.json. Rescanned on
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

    public static List<RunEntry> scan(Path runsDir) {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(runsDir)) {
            List<RunEntry> entries = s.filter(Files::isDirectory)
                    .filter(d -> Files.isRegularFile(d.resolve(RunFolder.CONFIG)))
                    .map(RunEntry::read)
                    .sorted(Comparator.comparing(RunEntry::modified).reversed().thenComparing(RunEntry::name))
                    .toList();
            List<String> labels = DistinctLabels.of(entries.stream().map(RunEntry::label).toList(),
                    entries.stream().map(RunEntry::name).toList());
            return java.util.stream.IntStream.range(0, entries.size())
                    .mapToObj(i -> entries.get(i).labelled(labels.get(i))).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list runs in " + runsDir, e);
        }
    }

    public java.util.Optional<RunEntry> find(Path dir) {
        Path n = dir.toAbsolutePath().normalize();
        return runs.stream().filter(r -> r.dir().toAbsolutePath().normalize().equals(n)).findFirst();
    }
}
