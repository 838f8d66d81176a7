package org.emotionworkbench.ui.compare;

import org.emotionworkbench.run.ConfigDiff;
import org.emotionworkbench.run.RunConfig;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the metric chart groups the compared runs: a bar per run, or a bar per group of repeats (mean over the
 * group's runs with the engine's bootstrap interval of that mean). Runs are grouped only with runs measured on
 * the same evaluation set.
 */
public enum Grouping {
    EACH_RUN("One bar per run"),
    TRAINING_DATA("Per training dataset (over seeds and settings)"),
    SETTINGS("Per setting (same config except the seed)");

    private final String label;

    Grouping(String label) {
        this.label = label;
    }

    /** The key runs of one group share. */
    public String key(RunRow row) {
        String evaluation = row.headline().isOwnTest() ? "own:" + evaluatedOn(row.config()) : row.headline().evaluation();
        return switch (this) {
            case EACH_RUN -> row.key().toString();
            case TRAINING_DATA -> (row.config() == null || row.config().trainRoot() == null ? row.key().toString()
                    : row.config().trainRoot())
                    + "\u0000" + evaluation;
            case SETTINGS -> (row.config() == null ? row.key().toString() : settingsExceptSeed(row.config()))
                    + "\u0000" + evaluation;
        };
    }

    /** The flattened config without what differs between repeats: the seed, the seeded data split, the software. */
    static String settingsExceptSeed(RunConfig config) {
        Map<String, String> flat = ConfigDiff.flatten(config);
        return flat.entrySet().stream()
                .filter(e -> !e.getKey().equals("training.seed") && !e.getKey().startsWith("software.")
                        && !e.getKey().startsWith("dataUsed."))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static String evaluatedOn(RunConfig c) {
        return c == null ? "?" : String.valueOf(c.evaluatedOn());
    }

    @Override
    public String toString() {
        return label;
    }
}
