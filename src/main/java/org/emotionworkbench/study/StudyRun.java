package org.emotionworkbench.study;

import org.emotionworkbench.io.OutputPaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a study: a sweep combination, a source and a seed (by their indexes in the spec), its folder and its
 * place in the order {@link StudyRunner} trains them ({@code number} of {@code total}, from 1).
 */
public record StudyRun(int number, int total, int combinationIndex, int sourceIndex, int seedIndex,
                       Sweep.Combination combination, StudySpec.Source source, long seed, Path dir) {

    /** Every run of the study, combination by combination, then source, then seed. */
    public static List<StudyRun> all(StudySpec spec, StudyLayout layout) {
        List<StudyRun> runs = new ArrayList<>();
        for (int c = 0; c < spec.combinations().size(); c++) {
            for (int s = 0; s < spec.sources().size(); s++) {
                for (int k = 0; k < spec.seeds().size(); k++) {
                    runs.add(of(spec, layout, c, s, k));
                }
            }
        }
        return runs;
    }

    /** The run at these indexes of the spec's combinations, sources and seeds. */
    public static StudyRun of(StudySpec spec, StudyLayout layout, int combinationIndex, int sourceIndex,
                              int seedIndex) {
        Sweep.Combination combination = spec.combinations().get(combinationIndex);
        StudySpec.Source source = spec.sources().get(sourceIndex);
        long seed = spec.seeds().get(seedIndex);
        int number = (combinationIndex * spec.sources().size() + sourceIndex) * spec.seeds().size() + seedIndex + 1;
        Path dir = OutputPaths.contained(layout.dir(), layout.run(source.name(), combination, seed),
                "the study " + spec.name());
        return new StudyRun(number, spec.runCount(), combinationIndex, sourceIndex, seedIndex, combination, source,
                seed, dir);
    }

    /** The source and, within a sweep, the combination: "real", "real e40-b64". */
    public String group() {
        return source.name() + (combination.label().isEmpty() ? "" : " " + combination.label());
    }

    /** How progress names the run: "[3/8] real e40 seed 2". */
    public String label() {
        return "[" + number + "/" + total + "] " + group() + " seed " + seed;
    }

    /** Whether the run is trained and evaluated on every evaluation set of the spec (nothing left to do). */
    public boolean complete(StudySpec spec, StudyLayout layout) {
        if (!StudyLayout.finished(dir)) {
            return false;
        }
        return spec.evaluations().stream().allMatch(e -> StudyLayout.evaluated(
                layout.evaluation(source.name(), combination, seed, e.name())));
    }
}
