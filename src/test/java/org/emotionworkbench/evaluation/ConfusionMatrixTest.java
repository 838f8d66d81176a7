package org.emotionworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void rowsAreTrueClassesAndColumnsArePredictions() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 1, 2}, new int[] {1, 0, 1, 0}, ABC);
        assertArrayEquals(new int[][] {{1, 1, 0}, {0, 1, 0}, {1, 0, 0}}, cm.counts());
        assertEquals(1, cm.count(0, 1));
        assertEquals(2, cm.support(0));
        assertEquals(2, cm.predictedCount(0));
        assertEquals(4, cm.total());
        assertEquals(2, cm.correct());
    }

    @Test
    void defaultsToTheSevenEmotionsInCanonicalOrder() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {6}, new int[] {3});
        assertEquals(List.of("angry", "disgust", "fear", "happy", "neutral", "sad", "surprise"), cm.classNames());
        assertEquals(1, cm.count(Emotion.SURPRISE.ordinal(), Emotion.HAPPY.ordinal()));
    }

    @Test
    void rowNormalisedRowsSumToOneAndEmptyRowsStayZero() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 0, 2}, new int[] {0, 1, 1, 2}, ABC);
        double[][] n = cm.rowNormalized();
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3, 0}, n[0], 1e-15);
        assertArrayEquals(new double[] {0, 0, 0}, n[1]);
        assertArrayEquals(new double[] {0, 0, 1}, n[2]);
    }

    @Test
    void csvHasCornerCellHeaderOfPredictedClassesAndOneRowPerTrueClass() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 1, 2}, new int[] {1, 0, 1, 0}, ABC);
        assertEquals("true\\predicted,a,b,c\na,1,1,0\nb,0,1,0\nc,1,0,0\n", cm.toCsv());
    }

    @Test
    void csvRoundTripsIncludingAwkwardClassNames() {
        List<String> names = List.of("x,y", "say \"hi\"", "plain");
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 1, 2, 2}, new int[] {2, 1, 0, 2}, names);
        assertEquals(cm, ConfusionMatrix.fromCsv(cm.toCsv()));
        assertEquals(cm, ConfusionMatrix.fromCsv(cm.toCsv().replace("\n", "\r\n")));
    }

    @Test
    void fromCsvRejectsRowsOutOfHeaderOrder() {
        String csv = "true\\predicted,a,b\nb,0,1\na,1,0\n";
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.fromCsv(csv));
    }

    @Test
    void fromCsvRejectsMissingCornerCellAndRaggedRows() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.fromCsv("x,a,b\na,1,0\nb,0,1\n"));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.fromCsv("true\\predicted,a,b\na,1\nb,0,1\n"));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.fromCsv("true\\predicted,a,b\na,1,0\n"));
    }

    @Test
    void rejectsMismatchedLengthsAndOutOfRangeIndices() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0}, ABC));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {3}, new int[] {0}, ABC));
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {0}, new int[] {-1}, ABC));
        assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.ofLabels(List.of("a"), List.of("zzz"), ABC));
    }

    @Test
    void rejectsDuplicateClassNamesAndNonSquareCounts() {
        assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(List.of("a", "a"), new int[2][2]));
        assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(ABC, new int[3][2]));
        assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(List.of("a"), new int[][] {{-1}}));
    }

    @Test
    void countsCannotBeModifiedFromOutside() {
        int[][] source = {{1, 0}, {0, 1}};
        ConfusionMatrix cm = new ConfusionMatrix(List.of("a", "b"), source);
        source[0][0] = 99;
        cm.counts()[0][0] = 99;
        assertEquals(1, cm.count(0, 0));
    }
}
