package org.emotionworkbench.ui.compare;

import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.study.RunComparison;
import org.emotionworkbench.study.RunGroupStatistics;
import org.emotionworkbench.study.RunResults;
import org.emotionworkbench.ui.common.TaskProgress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the compared runs' predictions (kept while the file is unchanged, so re-selecting is quick) and asks the
 * engine for the comparison: {@link RunComparison} per run and pair, {@link RunGroupStatistics} per group. Runs on
 * a background thread; nothing here touches the UI.
 */
final class ComparisonLoader {
    static final int RESAMPLES = 1000;
    static final long BOOTSTRAP_SEED = 1;

    private record Cached(FileTime modified, RunResults results) {
    }

    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    /**
     * The row's predictions, named as the row is now (so pairs read "tiny-s1 vs tiny-s2", not two folder names, and
     * a renamed run is compared under its new label).
     */
    RunResults load(RunRow row) throws IOException {
        Path dir = row.key();
        FileTime modified = Files.getLastModifiedTime(dir.resolve(RunFolder.PREDICTIONS));
        Cached c = cache.get(dir);
        if (c == null || !c.modified.equals(modified)) {
            c = new Cached(modified, RunResults.load(dir));
            cache.put(dir, c);
        }
        RunResults r = c.results;
        return new RunResults(r.dir(), row.name(), r.config(), r.predictions());
    }

    ComparisonResult compare(List<RunRow> rows, Grouping grouping, TaskProgress progress) throws IOException {
        List<RunRow> compared = new ArrayList<>();
        List<RunResults> results = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        int i = 0;
        for (RunRow row : rows) {
            checkCancel(progress);
            progress.update((double) i++ / (rows.size() + 1), "loading predictions of " + row.name());
            if (!row.comparable()) {
                leftOut.add(row.name() + ": not evaluated (no predictions.csv)");
                continue;
            }
            try {
                results.add(load(row));
                compared.add(row);
            } catch (IOException | RuntimeException e) {
                leftOut.add(row.name() + ": " + e.getMessage());
            }
        }
        progress.update((double) rows.size() / (rows.size() + 1), "bootstrap intervals");
        RunComparison comparison = RunComparison.of(results, RESAMPLES, BOOTSTRAP_SEED);
        checkCancel(progress);
        List<ComparisonResult.Group> groups = groups(compared, results, grouping);
        List<ComparisonResult.Unpaired> unpaired = new ArrayList<>();
        for (int a = 0; a < results.size(); a++) {
            for (int b = a + 1; b < results.size(); b++) {
                if (!results.get(a).sameImagesAs(results.get(b))) {
                    unpaired.add(new ComparisonResult.Unpaired(results.get(a).name(), results.get(b).name(),
                            whyUnpaired(results.get(a), results.get(b))));
                }
            }
        }
        return new ComparisonResult(compared, results, comparison, grouping, groups, unpaired, leftOut);
    }

    private static List<ComparisonResult.Group> groups(List<RunRow> rows, List<RunResults> results, Grouping grouping) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byKey.computeIfAbsent(grouping.key(rows.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<ComparisonResult.Group> out = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (List<Integer> members : byKey.values()) {
            List<RunRow> memberRows = members.stream().map(rows::get).toList();
            List<RunResults> memberResults = members.stream().map(results::get).toList();
            String label = unique(label(memberRows, grouping), labels);
            labels.add(label);
            out.add(new ComparisonResult.Group(label, memberRows,
                    RunGroupStatistics.of(memberResults, RESAMPLES, BOOTSTRAP_SEED)));
        }
        return out;
    }

    /** The runs' common name (e.g. "tiny" for tiny-s1, tiny-s2), or the first name and how many more. */
    static String label(List<RunRow> members, Grouping grouping) {
        if (members.size() == 1) {
            return members.get(0).name();
        }
        String suffix = " (" + members.size() + " runs)";
        String evaluation = members.get(0).headline().isOwnTest() ? "" : " → " + members.get(0).headline().evaluation();
        if (grouping == Grouping.TRAINING_DATA && members.get(0).config() != null
                && members.get(0).config().trainRoot() != null) {
            return RunColumn.shortPath(members.get(0).config().trainRoot()) + evaluation + suffix;
        }
        String prefix = runLabel(members.get(0));
        for (RunRow r : members) {
            String n = runLabel(r);
            int k = 0;
            while (k < prefix.length() && k < n.length() && prefix.charAt(k) == n.charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
        }
        prefix = prefix.replaceAll("[-_.]*s?$", "").replaceAll("[-_.·\\s]+$", "");
        String base = prefix.length() >= 2 ? prefix : runLabel(members.get(0)) + " +" + (members.size() - 1);
        return base + evaluation + suffix;
    }

    /** The run's label without the evaluation set ("fer2013 · tiny · s1"). */
    private static String runLabel(RunRow r) {
        return r.headline().label().shown(r.config(), r.headline().runName());
    }

    private static String unique(String label, List<String> taken) {
        String l = label;
        for (int n = 2; taken.contains(l); n++) {
            l = label + " #" + n;
        }
        return l;
    }

    static String whyUnpaired(RunResults a, RunResults b) {
        int na = a.predictions().size();
        int nb = b.predictions().size();
        if (na != nb) {
            return String.format(Locale.ROOT, "%d vs %d predictions", na, nb);
        }
        for (int i = 0; i < na; i++) {
            if (!a.predictions().get(i).file().equals(b.predictions().get(i).file())) {
                return "same number of images but different files, e.g. " + tail(a.predictions().get(i).file())
                        + " vs " + tail(b.predictions().get(i).file());
            }
        }
        return "different images";
    }

    /** The last four parts of a path, which tell two datasets' images apart without filling the window. */
    static String tail(String file) {
        String[] parts = file.replace('\\', '/').split("/");
        if (parts.length <= 5) {
            return file;
        }
        return "…/" + String.join("/", java.util.Arrays.copyOfRange(parts, parts.length - 4, parts.length));
    }

    private static void checkCancel(TaskProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("comparison cancelled");
        }
    }
}
