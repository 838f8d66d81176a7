package org.emotionworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void perClassPrecisionRecallF1AndSupportFollowTheDefinitions() {
        // a: tp=2 predicted=4 true=3; b: tp=1 predicted=2 true=2; c: tp=0 predicted=0 true=1
        ClassificationReport r = ClassificationReport.of(
                new int[] {0, 0, 0, 1, 1, 2}, new int[] {0, 0, 1, 1, 0, 0}, ABC);
        assertEquals(2.0 / 4, r.precision("a"));
        assertEquals(2.0 / 3, r.recall("a"));
        assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), r.f1("a"), 1e-15);
        assertEquals(3, r.support("a"));
        assertEquals(1.0 / 2, r.precision("b"));
        assertEquals(1.0 / 2, r.recall("b"));
        assertEquals(3.0 / 6, r.accuracy());
        assertEquals(6, r.totalSupport());
    }

    @Test
    void classNeverPredictedGetsZeroPrecision() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 1, 2}, new int[] {0, 1, 1}, ABC);
        assertEquals(0.0, r.precision("c"));
        assertEquals(0.0, r.recall("c"));
        assertEquals(0.0, r.f1("c"));
        assertEquals(1, r.support("c"));
    }

    @Test
    void classWithZeroSupportIsStillListedAndCountsInTheMacroAverage() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 2}, ABC);
        assertEquals(ABC, r.classNames());
        assertEquals(0, r.support("c"));
        assertEquals(0.0, r.recall("c"));
        assertEquals(0.0, r.precision("c"));
        // macro recall = (1 + 0 + 0) / 3, weighted recall ignores c (support 0)
        assertEquals(1.0 / 3, r.macroRecall());
        assertEquals(0.5, r.weightedRecall());
    }

    @Test
    void f1IsZeroWhenPrecisionPlusRecallIsZero() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 1}, new int[] {1, 0}, List.of("a", "b"));
        assertEquals(0.0, r.f1("a"));
        assertEquals(0.0, r.macroF1());
        assertEquals(0.0, r.accuracy());
    }

    @Test
    void weightedAverageWeighsBySupport() {
        // a: 3 samples all right (p=1, r=1); b: 1 sample predicted a (p=0, r=0) => a precision 3/4
        ClassificationReport r = ClassificationReport.of(new int[] {0, 0, 0, 1}, new int[] {0, 0, 0, 0}, List.of("a", "b"));
        assertEquals(0.75 * 3 / 4, r.weightedPrecision());
        assertEquals(0.75, r.weightedRecall());
        assertEquals(0.75 / 2, r.macroPrecision());
        assertEquals(4, r.weightedAvg().support());
        assertEquals(4, r.macroAvg().support());
    }

    @Test
    void accuracyIsReportedWhenEveryClassOccursSomewhere() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 2}, ABC);
        assertTrue(r.microIsAccuracy());
        assertTrue(r.toJson().contains("\"accuracy\" : 0.5"));
    }

    @Test
    void microAvgReplacesAccuracyWhenAClassIsNeitherTrueNorPredicted() {
        ClassificationReport r = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 0}, ABC);
        assertFalse(r.microIsAccuracy());
        assertEquals("micro avg", r.micro().name());
        assertEquals(0.5, r.accuracy());
        assertFalse(r.toJson().contains("accuracy"));
        assertTrue(r.toText().contains("   micro avg       0.50      0.50      0.50         2\n"));
    }

    @Test
    void jsonKeysAppearInSklearnOrder() {
        String json = ClassificationReport.of(new int[] {0, 1, 2}, new int[] {0, 1, 2}, ABC).toJson();
        int a = json.indexOf("\"a\""), b = json.indexOf("\"b\""), c = json.indexOf("\"c\"");
        int acc = json.indexOf("\"accuracy\""), macro = json.indexOf("\"macro avg\""), w = json.indexOf("\"weighted avg\"");
        assertTrue(a < b && b < c && c < acc && acc < macro && macro < w, json);
        int p = json.indexOf("\"precision\""), rc = json.indexOf("\"recall\""), f = json.indexOf("\"f1-score\""),
                s = json.indexOf("\"support\"");
        assertTrue(a < p && p < rc && rc < f && f < s && s < b, json);
        assertTrue(json.contains("\"support\" : 1\n") || json.contains("\"support\" : 1\r\n"), "integer support: " + json);
    }

    @Test
    void jsonRoundTripsExactly() {
        ClassificationReport r = ClassificationReport.of(
                new int[] {0, 1, 2, 3, 4, 5, 6, 0, 1, 2}, new int[] {0, 2, 2, 3, 5, 5, 0, 1, 1, 2});
        assertEquals(r, ClassificationReport.fromJson(r.toJson()));
        ClassificationReport micro = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 0}, ABC);
        assertEquals(micro, ClassificationReport.fromJson(micro.toJson()));
    }

    @Test
    void fromJsonRejectsIncompleteReports() {
        assertThrows(IllegalArgumentException.class, () -> ClassificationReport.fromJson("[]"));
        assertThrows(IllegalArgumentException.class, () -> ClassificationReport.fromJson("{not json"));
        String noWeighted = "{\"a\": {\"precision\": 1.0, \"recall\": 1.0, \"f1-score\": 1.0, \"support\": 1},"
                + " \"accuracy\": 1.0, \"macro avg\": {\"precision\": 1.0, \"recall\": 1.0, \"f1-score\": 1.0, \"support\": 1}}";
        assertThrows(IllegalArgumentException.class, () -> ClassificationReport.fromJson(noWeighted));
        String missingKey = noWeighted.replace("\"f1-score\": 1.0, \"support\": 1},", "\"support\": 1},");
        assertThrows(IllegalArgumentException.class, () -> ClassificationReport.fromJson(missingKey));
    }

    @Test
    void textRoundsHalfToEvenOnTheExactBinaryValueLikePython() {
        assertEquals("0.12", ClassificationReportText.number(0.125, 2));
        assertEquals("0.38", ClassificationReportText.number(0.375, 2));
        assertEquals("0.61", ClassificationReportText.number(123.0 / 200, 2));
        assertEquals("0.67", ClassificationReportText.number(2.0 / 3, 2));
        assertEquals("1.000", ClassificationReportText.number(1.0, 3));
    }

    @Test
    void textWidensTheNameColumnForLongClassNames() {
        List<String> names = List.of("x", "a-very-long-class-name");
        String text = ClassificationReport.of(new int[] {0, 1}, new int[] {0, 1}, names).toText();
        String[] lines = text.split("\n", -1);
        assertEquals(" ".repeat(22) + "  precision    recall  f1-score   support", lines[0]);
        assertEquals(" ".repeat(21) + "x       1.00      1.00      1.00         1", lines[2]);
        assertEquals("a-very-long-class-name       1.00      1.00      1.00         1", lines[3]);
    }

    @Test
    void textHonoursTheDigitsArgument() {
        String text = ClassificationReport.of(new int[] {0, 1, 1}, new int[] {0, 1, 0}, List.of("a", "b")).toText(4);
        assertTrue(text.contains("           a     0.5000    1.0000    0.6667         1\n"), text);
        assertTrue(text.contains("    accuracy                         0.6667         3\n"), text);
    }

    @Test
    void perClassAccessorsAcceptEmotions() {
        ClassificationReport r = ClassificationReport.of(new int[] {3, 3}, new int[] {3, 5});
        assertEquals(0.5, r.forClass(Emotion.HAPPY).recall());
        assertEquals(2, r.forClass(Emotion.HAPPY).support());
        assertThrows(IllegalArgumentException.class, () -> r.forClass("contempt"));
    }

    @Test
    void rejectsEmptyInputAndReservedClassNames() {
        assertThrows(IllegalArgumentException.class, () -> ClassificationReport.of(new int[0], new int[0], ABC));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationReport.of(new int[] {0}, new int[] {0}, List.of("accuracy")));
    }
}
