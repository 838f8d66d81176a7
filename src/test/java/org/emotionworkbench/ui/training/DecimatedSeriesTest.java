package org.emotionworkbench.ui.training;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecimatedSeriesTest {
    @Test
    void belowTheLimitEveryValueIsAPoint() {
        DecimatedSeries s = new DecimatedSeries(10);
        for (int i = 0; i < 10; i++) {
            s.add(i, 2 * i);
        }
        assertEquals(10, s.points().size());
        assertEquals(new ChartPoint(3, 6), s.points().get(3));
        assertEquals(1, s.valuesPerPoint());
    }

    @Test
    void seventyThousandBatchesNeverExceedTwoThousandPointsAndEachPointIsItsBucketsMean() {
        DecimatedSeries s = new DecimatedSeries(2000);
        int[] maxSeen = {0};
        s.points().addListener((javafx.collections.ListChangeListener<ChartPoint>) c ->
                maxSeen[0] = Math.max(maxSeen[0], s.points().size()));
        List<ChartPoint> chunk = new ArrayList<>();
        for (int i = 0; i < 72_000; i++) {
            chunk.add(new ChartPoint(i, i));
            if (chunk.size() == 37) { // as coalesced hand-overs arrive
                s.addAll(chunk);
                chunk.clear();
            }
        }
        s.addAll(chunk);
        assertTrue(maxSeen[0] <= 2000, "most points ever held: " + maxSeen[0]);
        assertTrue(s.points().size() > 1000, "still detailed: " + s.points().size());
        assertEquals(72_000, s.values());
        int k = s.valuesPerPoint();
        assertEquals(64, k);
        for (int p = 0; p < s.points().size(); p++) {
            double mean = p * k + (k - 1) / 2.0; // values p·k … p·k+k−1
            assertEquals(mean, s.points().get(p).y(), 1e-9, "point " + p);
            assertEquals(mean, s.points().get(p).x(), 1e-9);
        }
    }

    @Test
    void anOddPointLeftAtMergingKeepsItsWeight() {
        DecimatedSeries s = new DecimatedSeries(4);
        for (int i = 1; i <= 5; i++) {
            s.add(i, i); // the fifth overflows: (1,2) (3,4) merge, 5 waits in the open bucket of 2
        }
        assertEquals(List.of(new ChartPoint(1.5, 1.5), new ChartPoint(3.5, 3.5)), s.points());
        s.add(6, 6);
        assertEquals(new ChartPoint(5.5, 5.5), s.points().get(2));
    }

    @Test
    void nonFiniteValuesAreSkippedAndClearStartsOver() {
        DecimatedSeries s = new DecimatedSeries(4);
        s.add(1, Double.NaN);
        s.add(2, 1);
        assertEquals(1, s.points().size());
        s.clear();
        assertEquals(0, s.points().size());
        assertEquals(0, s.values());
        assertThrows(IllegalArgumentException.class, () -> new DecimatedSeries(1));
    }
}
