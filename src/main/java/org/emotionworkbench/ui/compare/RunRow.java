package org.emotionworkbench.ui.compare;

import org.emotionworkbench.run.RunConfig;
import org.emotionworkbench.run.RunHeadline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One line of the runs table: an evaluation (a run on its own test set, or one of its {@code evaluations/}
 * folders) with where it was found — the workspace, a folder the user added, or a study — and the name it is shown
 * by everywhere (table, chart, McNemar, report): the run's label, made distinct from the other rows' ones.
 */
public record RunRow(RunHeadline headline, Origin origin, String originLabel, String name) {
    /** Where a row was found. */
    public enum Origin {
        WORKSPACE, FOLDER, STUDY
    }

    public RunRow {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(origin, "origin");
        originLabel = originLabel == null ? "" : originLabel;
        name = name == null ? headline.name() : name;
    }

    /** A row shown by its run's label as it is. */
    public RunRow(RunHeadline headline, Origin origin, String originLabel) {
        this(headline, origin, originLabel, null);
    }

    /** The same row shown as {@code shownName}. */
    public RunRow named(String shownName) {
        return new RunRow(headline, origin, originLabel, shownName);
    }

    /** Identifies the row across rescans: the folder holding its predictions. */
    public Path key() {
        return headline.dir().toAbsolutePath().normalize();
    }

    public RunConfig config() {
        return headline.config();
    }

    /** Whether it can be compared on predictions (McNemar, bootstrap intervals). */
    public boolean comparable() {
        return headline.hasPredictions() && headline.evaluated();
    }

    @Override
    public String toString() {
        return name();
    }
}
