package org.emotionworkbench.dataset.duplicates;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds duplicates in a loaded dataset. Exact: identical decoded 48×48 pixels ({@link ExactBy#PIXELS}, the
 * default: catches the same face re-encoded or stored in another format) or identical file bytes
 * ({@link ExactBy#BYTES}; sources that are not files, e.g. CSV rows, fall back to pixels). Near: perceptual hashes
 * ({@link PerceptualHash}) at most {@code maxDistance} bits apart, found by the pigeonhole principle (bands of the
 * hash) and grouped transitively.
 */
public final class DuplicateFinder {
    public enum ExactBy { PIXELS, BYTES }

    /** One image as the finder sees it. */
    public record Item(String source, DataSplit split, Emotion label) {
    }

    private DuplicateFinder() {
    }

    private static List<Item> items(LoadedDataset ds) {
        List<Item> items = new ArrayList<>(ds.train().size() + ds.test().size());
        ds.train().forEach(s -> items.add(new Item(s.source(), DataSplit.TRAIN, s.label())));
        ds.test().forEach(s -> items.add(new Item(s.source(), DataSplit.TEST, s.label())));
        return items;
    }

    private static List<Sample> samples(LoadedDataset ds) {
        List<Sample> all = new ArrayList<>(ds.train());
        all.addAll(ds.test());
        return all;
    }

    public static DuplicateReport exact(LoadedDataset ds, ExactBy by) {
        List<Item> items = items(ds);
        List<Sample> samples = samples(ds);
        String[] keys = new String[items.size()];
        IntStream.range(0, items.size()).parallel().forEach(i -> keys[i] = by == ExactBy.BYTES
                ? fileHash(samples.get(i)) : pixelHash(samples.get(i).pixels()));
        Map<String, List<Item>> byKey = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            byKey.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(items.get(i));
        }
        return new DuplicateReport("exact", by == ExactBy.BYTES ? "identical file bytes" : "identical decoded pixels",
                groups(byKey.values()));
    }

    public static DuplicateReport near(LoadedDataset ds, int maxDistance) {
        if (maxDistance < 0 || maxDistance > 16) {
            throw new IllegalArgumentException("near-duplicate distance must be 0..16 bits, got " + maxDistance);
        }
        List<Item> items = items(ds);
        List<Sample> samples = samples(ds);
        long[] h = new long[items.size()];
        IntStream.range(0, h.length).parallel().forEach(i -> h[i] = PerceptualHash.of(samples.get(i).pixels()));
        int[] parent = IntStream.range(0, h.length).toArray();
        int bands = maxDistance + 1;
        int width = 64 / bands;
        for (int b = 0; b < bands; b++) {
            int shift = b * width;
            long mask = b == bands - 1 ? -1L >>> shift : ((1L << width) - 1);
            Map<Long, List<Integer>> bucket = new HashMap<>();
            for (int i = 0; i < h.length; i++) {
                bucket.computeIfAbsent((h[i] >>> shift) & mask, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> same : bucket.values()) {
                for (int x = 0; x < same.size(); x++) {
                    for (int y = x + 1; y < same.size(); y++) {
                        int i = same.get(x);
                        int j = same.get(y);
                        if (PerceptualHash.distance(h[i], h[j]) <= maxDistance) {
                            union(parent, i, j);
                        }
                    }
                }
            }
        }
        Map<Integer, List<Item>> byRoot = new HashMap<>();
        for (int i = 0; i < h.length; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        return new DuplicateReport("near", "perceptual hash within " + maxDistance + " bit(s)", groups(byRoot.values()));
    }

    /** Training samples whose decoded pixels equal a test sample's (leaks), for removal before training. */
    public static Set<String> trainSourcesDuplicatingTest(LoadedDataset ds) {
        Set<String> testKeys = new HashSet<>();
        ds.test().forEach(s -> testKeys.add(pixelHash(s.pixels())));
        Set<String> out = new HashSet<>();
        ds.train().forEach(s -> {
            if (testKeys.contains(pixelHash(s.pixels()))) {
                out.add(s.source());
            }
        });
        return out;
    }

    private static List<DuplicateGroup> groups(java.util.Collection<List<Item>> candidates) {
        List<DuplicateGroup> groups = new ArrayList<>();
        for (List<Item> g : candidates) {
            if (g.size() > 1) {
                List<Item> sorted = new ArrayList<>(g);
                sorted.sort(Comparator.comparing(Item::source));
                groups.add(new DuplicateGroup(sorted));
            }
        }
        groups.sort(Comparator.comparing(g -> g.items().get(0).source()));
        return groups;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    static String pixelHash(float[] pixels) {
        MessageDigest md = sha256();
        byte[] buf = new byte[pixels.length * 4];
        for (int i = 0; i < pixels.length; i++) {
            int bits = Float.floatToIntBits(pixels[i]);
            buf[4 * i] = (byte) (bits >>> 24);
            buf[4 * i + 1] = (byte) (bits >>> 16);
            buf[4 * i + 2] = (byte) (bits >>> 8);
            buf[4 * i + 3] = (byte) bits;
        }
        return java.util.HexFormat.of().formatHex(md.digest(buf));
    }

    private static String fileHash(Sample s) {
        Path p = Path.of(s.source());
        if (s.source().contains("#line") || !Files.isRegularFile(p)) {
            return "px:" + pixelHash(s.pixels());
        }
        try {
            return java.util.HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            return "px:" + pixelHash(s.pixels());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
