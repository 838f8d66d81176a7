package org.emotionworkbench.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Balances a training set by augmenting minority classes up to the majority count: every class that has samples
 * gets augmented copies until it has as many as the largest class. Absent classes stay absent.
 *
 * <p>Copies are drawn round-robin over a seeded shuffle of each class's samples (so sources are used as evenly as
 * possible: no sample is used k+1 times before every sample was used k times), and each copy is one random
 * {@link Augmenter} transform of its source. The result is the original list (same order, same {@link Sample}
 * objects, never mutated) followed by the copies in class order; the copies' {@code source} is the original's with
 * {@code "#aug<n>"} appended. Everything is deterministic for a given input order and seed.
 *
 * <p>With {@link AugmentationOptions#none()} the copies are plain duplicates (oversampling).
 */
public final class MinorityBalancer {
    private MinorityBalancer() {
    }

    public static List<Sample> balance(List<Sample> training, Augmenter augmenter, long seed) {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(augmenter, "augmenter");
        Map<Emotion, List<Sample>> byClass = new EnumMap<>(Emotion.class);
        for (Sample s : training) {
            byClass.computeIfAbsent(Objects.requireNonNull(s, "sample").label(), k -> new ArrayList<>()).add(s);
        }
        int majority = byClass.values().stream().mapToInt(List::size).max().orElse(0);
        int extra = byClass.values().stream().mapToInt(l -> majority - l.size()).sum();
        List<Sample> out = new ArrayList<>(training.size() + extra);
        out.addAll(training);
        SplittableRandom root = new SplittableRandom(seed);
        for (Emotion e : Emotion.values()) {
            List<Sample> members = byClass.get(e);
            // one independent stream per class, split in class order, so one class's draws don't shift another's
            SplittableRandom rng = root.split();
            if (members == null || members.size() == majority) {
                continue;
            }
            int[] order = shuffledIndices(members.size(), rng);
            for (int k = 0; k < majority - members.size(); k++) {
                int pass = k / order.length;
                if (k > 0 && k % order.length == 0) {
                    order = shuffledIndices(members.size(), rng);
                }
                Sample src = members.get(order[k % order.length]);
                float[] pixels = augmenter.augment(src.pixels(), rng);
                out.add(new Sample(src.source() + "#aug" + (pass + 1), src.label(), pixels));
            }
        }
        return out;
    }

    private static int[] shuffledIndices(int n, SplittableRandom rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        return idx;
    }
}
