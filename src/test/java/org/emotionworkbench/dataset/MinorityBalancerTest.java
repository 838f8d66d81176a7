package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinorityBalancerTest {
    private static final Augmenter PISA = new Augmenter(AugmentationOptions.pisa());

    private static List<Sample> imbalanced() {
        SplittableRandom r = new SplittableRandom(3);
        List<Sample> list = new ArrayList<>();
        int[] counts = {5, 2, 0, 12, 7, 1, 4}; // fear absent
        for (Emotion e : Emotion.values()) {
            for (int i = 0; i < counts[e.ordinal()]; i++) {
                float[] px = new float[ImageGeometry.PIXELS];
                for (int p = 0; p < px.length; p++) {
                    px[p] = (float) r.nextDouble();
                }
                list.add(new Sample(e.label() + "/" + i + ".png", e, px));
            }
        }
        return list;
    }

    @Test
    void bringsEveryPresentClassToTheMajorityCount() {
        List<Sample> balanced = MinorityBalancer.balance(imbalanced(), PISA, 1);
        Map<Emotion, Integer> counts = new EnumMap<>(Emotion.class);
        balanced.forEach(s -> counts.merge(s.label(), 1, Integer::sum));
        for (Emotion e : Emotion.values()) {
            assertEquals(e == Emotion.FEAR ? null : 12, counts.get(e), e.label());
        }
        assertEquals(6 * 12, balanced.size());
    }

    @Test
    void keepsTheOriginalsFirstAndUnchanged() {
        List<Sample> train = imbalanced();
        List<float[]> before = train.stream().map(s -> s.pixels().clone()).toList();
        List<Sample> balanced = MinorityBalancer.balance(train, PISA, 1);
        for (int i = 0; i < train.size(); i++) {
            assertSame(train.get(i), balanced.get(i));
            assertArrayEquals(before.get(i), train.get(i).pixels());
        }
    }

    @Test
    void makesCopiesThatDifferFromTheirSourceAndUseSourcesEvenly() {
        List<Sample> train = imbalanced();
        Map<String, Sample> bySource = new HashMap<>();
        train.forEach(s -> bySource.put(s.source(), s));
        List<Sample> copies = MinorityBalancer.balance(train, PISA, 1).subList(train.size(), 6 * 12);
        Map<String, Integer> uses = new HashMap<>();
        for (Sample copy : copies) {
            String src = copy.source().substring(0, copy.source().indexOf("#aug"));
            Sample original = bySource.get(src);
            assertEquals(original.label(), copy.label());
            assertFalse(Arrays.equals(original.pixels(), copy.pixels()), copy.source());
            uses.merge(src, 1, Integer::sum);
        }
        // angry: 5 samples, 7 copies -> each source used once or twice
        for (int i = 0; i < 5; i++) {
            int n = uses.getOrDefault("angry/" + i + ".png", 0);
            assertTrue(n == 1 || n == 2, "angry/" + i + " used " + n);
        }
    }

    @Test
    void isDeterministicForASeed() {
        List<Sample> train = imbalanced();
        List<Sample> a = MinorityBalancer.balance(train, PISA, 77);
        List<Sample> b = MinorityBalancer.balance(train, PISA, 77);
        List<Sample> c = MinorityBalancer.balance(train, PISA, 78);
        boolean anyDiff = false;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).source(), b.get(i).source());
            assertArrayEquals(a.get(i).pixels(), b.get(i).pixels());
            anyDiff |= !Arrays.equals(a.get(i).pixels(), c.get(i).pixels());
        }
        assertTrue(anyDiff);
    }

    @Test
    void leavesABalancedOrEmptySetAsIs() {
        assertEquals(List.of(), MinorityBalancer.balance(List.of(), PISA, 1));
        List<Sample> one = imbalanced().subList(0, 5);
        assertEquals(one, MinorityBalancer.balance(one, PISA, 1));
    }
}
