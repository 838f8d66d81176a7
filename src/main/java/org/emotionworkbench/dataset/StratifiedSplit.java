package org.emotionworkbench.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Splits samples into training and validation parts per class: within each class (in {@link Emotion} order) a
 * seeded shuffle picks {@code round(count × fraction)} samples for validation; a class with at least 2 samples keeps
 * at least one in each part; a class with 1 sample stays in training. Same input, fraction and seed → same split.
 * Both parts keep the input order.
 */
public final class StratifiedSplit {
    public static final double DEFAULT_VALIDATION_FRACTION = 0.2;

    /** The two parts. */
    public record Split(List<Sample> train, List<Sample> validation) {
        public Split {
            train = List.copyOf(train);
            validation = List.copyOf(validation);
        }
    }

    private StratifiedSplit() {
    }

    /**
     * How many of a class's n items a stratified split holds out at this fraction: {@code round(n × fraction)}, at
     * least one and never all when the class has two or more, none when it has one.
     */
    public static int heldOutCount(int n, double fraction) {
        return n < 2 ? 0 : Math.max(1, Math.min(n - 1, (int) Math.round(n * fraction)));
    }

    public static Split split(List<Sample> samples, long seed) {
        return split(samples, DEFAULT_VALIDATION_FRACTION, seed);
    }

    public static Split split(List<Sample> samples, double validationFraction, long seed) {
        Objects.requireNonNull(samples, "samples");
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + validationFraction);
        }
        Map<Emotion, List<Integer>> byClass = new EnumMap<>(Emotion.class);
        for (int i = 0; i < samples.size(); i++) {
            byClass.computeIfAbsent(samples.get(i).label(), e -> new ArrayList<>()).add(i);
        }
        boolean[] validation = new boolean[samples.size()];
        Random random = new Random(seed);
        for (Emotion e : Emotion.values()) {
            List<Integer> idx = byClass.get(e);
            if (idx == null) {
                continue;
            }
            int n = idx.size();
            int nVal = heldOutCount(n, validationFraction);
            // Fisher-Yates on the class's indices; the first nVal go to validation.
            List<Integer> shuffled = new ArrayList<>(idx);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer t = shuffled.get(i);
                shuffled.set(i, shuffled.get(j));
                shuffled.set(j, t);
            }
            for (int k = 0; k < nVal; k++) {
                validation[shuffled.get(k)] = true;
            }
        }
        List<Sample> train = new ArrayList<>();
        List<Sample> val = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            (validation[i] ? val : train).add(samples.get(i));
        }
        return new Split(train, val);
    }
}
