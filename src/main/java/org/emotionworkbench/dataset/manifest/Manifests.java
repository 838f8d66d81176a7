package org.emotionworkbench.dataset.manifest;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.FolderLabels;
import org.emotionworkbench.dataset.ImageFile;
import org.emotionworkbench.dataset.DatasetScanner;
import org.emotionworkbench.dataset.LoadBudget;
import org.emotionworkbench.dataset.LoadMonitor;
import org.emotionworkbench.dataset.ScanResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Composing manifests without copying images: from a folder, subset, union, seeded per-class sampling, matching to a
 * reference's class counts, mixing two sources at a fraction, and holding out a stratified test split.
 *
 * <p>Draws are deterministic: candidates of a class are sorted by path and shuffled with a {@link Random} seeded from
 * the seed and the class index, so the same inputs and seed give the same selection on any machine.
 */
public final class Manifests {
    private Manifests() {
    }

    /** As {@link #fromFolder(Path, FolderLabels, LoadBudget)} with this JVM's budget. */
    public static Manifest fromFolder(Path root, FolderLabels labels) {
        return fromFolder(root, labels, LoadBudget.forThisJvm());
    }

    /**
     * Every image a class-folder root holds (no decoding), with its scan's skipped items left out.
     *
     * @throws DatasetException if the folder holds more images than {@link LoadBudget#maxListedFiles()} (the scan then
     *                          keeps no more records than that)
     */
    public static Manifest fromFolder(Path root, FolderLabels labels, LoadBudget budget) {
        ScanResult scan = DatasetScanner.scanForListing(root, labels, budget, LoadMonitor.NONE);
        List<ManifestEntry> entries = new ArrayList<>();
        for (ImageFile f : scan.images()) {
            entries.add(new ManifestEntry(f.path(), f.label(), f.split()));
        }
        return new Manifest(List.of("scanned " + root.toAbsolutePath().normalize() + " (" + scan.layout() + ", "
                + labels.description() + ")"), entries);
    }

    /** The entries in the given splits and classes (empty sets mean all). */
    public static Manifest subset(Manifest m, Set<DataSplit> splits, Set<Emotion> classes) {
        List<ManifestEntry> kept = m.entries().stream()
                .filter(e -> splits.isEmpty() || splits.contains(e.split()))
                .filter(e -> classes.isEmpty() || classes.contains(e.label()))
                .toList();
        return new Manifest(m.origin(), kept).withOrigin("subset splits=" + (splits.isEmpty() ? "all" : splits)
                + " classes=" + (classes.isEmpty() ? "all" : classes));
    }

    /**
     * All entries of both; a file in both is kept once.
     *
     * @throws DatasetException if a file is in both with different labels or splits
     */
    public static Manifest union(Manifest a, Manifest b) {
        Map<Path, ManifestEntry> all = new LinkedHashMap<>();
        a.entries().forEach(e -> all.put(e.file(), e));
        List<String> conflicts = new ArrayList<>();
        for (ManifestEntry e : b.entries()) {
            ManifestEntry prev = all.putIfAbsent(e.file(), e);
            if (prev != null && !prev.equals(e) && conflicts.size() < 5) {
                conflicts.add(e.file() + " (" + prev.label() + "/" + prev.split() + " vs " + e.label() + "/" + e.split() + ")");
            }
        }
        if (!conflicts.isEmpty()) {
            throw new DatasetException("cannot unite manifests: files with different labels or splits: " + String.join(", ", conflicts));
        }
        List<String> origin = new ArrayList<>();
        origin.add("union of [" + String.join("; ", a.origin()) + "] and [" + String.join("; ", b.origin()) + "]");
        return new Manifest(origin, new ArrayList<>(all.values()));
    }

    /** Draws {@code wanted.get(c)} entries of each class c at random (seeded); a class not in the map is left out. */
    public static Selection sample(Manifest source, Map<Emotion, Integer> wanted, long seed) {
        Map<Emotion, List<ManifestEntry>> byClass = byClass(source.entries());
        List<ManifestEntry> drawn = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Emotion c : Emotion.values()) {
            int n = wanted.getOrDefault(c, 0);
            if (n < 0) {
                throw new IllegalArgumentException("cannot draw a negative number of images (" + n + " for " + c + ")");
            }
            List<ManifestEntry> pool = byClass.get(c);
            if (pool.size() < n) {
                shortfalls.add(new Shortfall(c, n, pool.size()));
            }
            drawn.addAll(draw(pool, n, seed, c));
        }
        Map<Emotion, Integer> asked = new EnumMap<>(wanted);
        return new Selection(new Manifest(source.origin(), drawn)
                .withOrigin(String.format(Locale.ROOT, "sampled per class %s, seed %d", asked, seed)), shortfalls);
    }

    /** Per class, exactly as many source entries as the reference has in {@code referenceSplits} (all when empty). */
    public static Selection match(Manifest source, Map<Emotion, Integer> referenceCounts, String referenceName, long seed) {
        Selection s = sample(source, referenceCounts, seed);
        return new Selection(new Manifest(s.manifest().origin().subList(0, s.manifest().origin().size() - 1), s.manifest().entries())
                .withOrigin("matched per class to " + referenceName + " " + referenceCounts + ", seed " + seed), s.shortfalls());
    }

    /**
     * A training set of the same per-class size as {@code real}'s train split with {@code fraction} of each class drawn
     * from {@code synthetic}'s train split (a flat source is all train; its test split, if any, stays unseen) and the rest from {@code real}'s train split; {@code real}'s test split is kept
     * as the test split. Fraction 0 gives the real train split, 1 all synthetic.
     */
    public static Selection mix(Manifest real, Manifest synthetic, double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("synthetic fraction must be in [0, 1], got " + fraction);
        }
        Map<Emotion, List<ManifestEntry>> realTrain = byClass(real.entries(DataSplit.TRAIN));
        // a synthetic test split is held out: mixing never draws it into training
        Map<Emotion, List<ManifestEntry>> synth = byClass(synthetic.entries(DataSplit.TRAIN));
        List<ManifestEntry> out = new ArrayList<>(real.entries(DataSplit.TEST));
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Emotion c : Emotion.values()) {
            int n = realTrain.get(c).size();
            int k = (int) Math.round(fraction * n);
            List<ManifestEntry> fromSynth = draw(synth.get(c), k, seed, c);
            if (fromSynth.size() < k) {
                shortfalls.add(new Shortfall(c, k, fromSynth.size()));
            }
            for (ManifestEntry e : fromSynth) {
                out.add(new ManifestEntry(e.file(), e.label(), DataSplit.TRAIN));
            }
            out.addAll(draw(realTrain.get(c), n - k, seed + 1, c));
        }
        List<String> origin = new ArrayList<>();
        origin.add(String.format(Locale.ROOT, "mix: %.0f%% synthetic [%s] into real train [%s], seed %d; real test kept",
                fraction * 100, String.join("; ", synthetic.origin()), String.join("; ", real.origin()), seed));
        return new Selection(new Manifest(origin, out), shortfalls);
    }

    /**
     * Holds out a stratified, seeded part of the train split as the test split: within each class as many entries as
     * the validation split takes ({@link org.emotionworkbench.dataset.StratifiedSplit#heldOutCount}). For a flat set (e.g. a synthetic folder) this gives the held-out faces a model never trains on. A
     * manifest that already has a test split is refused: its test faces are somebody's held-out set already.
     */
    public static Manifest holdOut(Manifest m, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("the test fraction must be between 0 and 1 (e.g. 0.2), got " + testFraction);
        }
        int tests = m.entries(DataSplit.TEST).size();
        if (tests > 0) {
            throw new DatasetException("this data already has a test split (" + tests + " images); hold out from its "
                    + "train split alone with --split train, or use its test split as it is");
        }
        List<ManifestEntry> out = new ArrayList<>();
        Map<Emotion, List<ManifestEntry>> byClass = byClass(m.entries());
        for (Emotion c : Emotion.values()) {
            List<ManifestEntry> pool = byClass.get(c);
            int n = pool.size();
            int k = org.emotionworkbench.dataset.StratifiedSplit.heldOutCount(n, testFraction);
            List<ManifestEntry> shuffled = draw(pool, n, seed, c);
            for (int i = 0; i < n; i++) {
                ManifestEntry e = shuffled.get(i);
                out.add(i < k ? new ManifestEntry(e.file(), e.label(), DataSplit.TEST) : e);
            }
        }
        return new Manifest(m.origin(), out).withOrigin(String.format(Locale.ROOT,
                "held out %.0f%% of each class as the test split (stratified), seed %d", testFraction * 100, seed));
    }

    private static Map<Emotion, List<ManifestEntry>> byClass(List<ManifestEntry> entries) {
        Map<Emotion, List<ManifestEntry>> m = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            m.put(e, new ArrayList<>());
        }
        entries.forEach(e -> m.get(e.label()).add(e));
        return m;
    }

    private static List<ManifestEntry> draw(List<ManifestEntry> pool, int n, long seed, Emotion c) {
        List<ManifestEntry> sorted = new ArrayList<>(pool);
        sorted.sort((x, y) -> x.file().toString().compareTo(y.file().toString()));
        Collections.shuffle(sorted, new Random(seed * 31 + c.ordinal()));
        return sorted.subList(0, Math.min(n, sorted.size()));
    }
}
