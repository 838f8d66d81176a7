package org.emotionworkbench.ui.compare;

import org.emotionworkbench.run.RunDeletion;
import org.emotionworkbench.run.RunLabel;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the runs table lets a person do to a run: rename it (its label; blank gives back the one made of data,
 * model and seed), keep notes on it, and remove it — into the trash where the system has one, else for good. The
 * label and notes live in the run folder ({@link RunLabel}). A row of a cross-dataset evaluation acts on its run.
 * After each change the workspace's runs are read again, so every list shows the new label at once.
 */
public final class RunActions {
    private final WorkbenchContext context;
    private final Runnable reread;
    private final Consumer<String> problem;
    /** Asked of the desktop on first use only (AWT is not touched while nobody removes a run). */
    private RunDeletion deletion;

    RunActions(WorkbenchContext context, Runnable reread, Consumer<String> problem) {
        this.context = context;
        this.reread = reread;
        this.problem = problem;
    }

    /** The label as the user gave it ("" when the run is unnamed and shown by data, model and seed). */
    public String labelOf(RunRow row) {
        String l = RunLabel.read(row.headline().runDir()).label();
        return l == null ? "" : l;
    }

    public String notesOf(RunRow row) {
        return RunLabel.read(row.headline().runDir()).notes();
    }

    /** Gives the run a label; a blank one makes it unnamed again. False (with the problem said) when it failed. */
    public boolean rename(RunRow row, String label) {
        Path run = row.headline().runDir();
        return change("Renaming " + run.getFileName(), () -> RunLabel.read(run).withLabel(label).write(run));
    }

    public boolean saveNotes(RunRow row, String notes) {
        Path run = row.headline().runDir();
        return change("Saving the notes of " + run.getFileName(), () -> RunLabel.read(run).withNotes(notes).write(run));
    }

    /** The question to confirm before {@link #remove}: what goes, where, and whether it can be undone. */
    public String removalQuestion(RunRow row) {
        Path run = row.headline().runDir();
        String what = "the run “" + row.headline().label().shown(row.config(), row.headline().runName())
                + "” (folder " + run + ", with its model and every evaluation)";
        return deletion().movesToTrash() ? "Move " + what + " to the trash?"
                : "Delete " + what + " for good? This system has no trash Java can use, so it cannot be undone.";
    }

    /** Removes the run (after the user confirmed {@link #removalQuestion}); it is no longer the chosen run. */
    public boolean remove(RunRow row) {
        Path run = row.headline().runDir().toAbsolutePath().normalize();
        boolean done = change("Removing " + run.getFileName(), () -> deletion().remove(run));
        RunEntry chosen = context.selectedRunProperty().get();
        if (done && chosen != null && chosen.dir().toAbsolutePath().normalize().equals(run)) {
            context.selectedRunProperty().set(null);
        }
        return done;
    }

    private RunDeletion deletion() {
        if (deletion == null) {
            deletion = RunDeletion.ofSystem();
        }
        return deletion;
    }

    /** For tests and for machines whose trash is elsewhere. */
    void setDeletion(RunDeletion deletion) {
        this.deletion = Objects.requireNonNull(deletion);
    }

    private interface FileChange {
        void apply() throws IOException;
    }

    private boolean change(String what, FileChange c) {
        try {
            c.apply();
            problem.accept("");
            return true;
        } catch (IOException | RuntimeException e) {
            problem.accept(what + " failed: " + ErrorLog.describe(e));
            context.errors().report(what, e);
            return false;
        } finally {
            context.runs().refresh();
            reread.run();
        }
    }
}
