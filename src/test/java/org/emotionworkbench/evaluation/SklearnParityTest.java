package org.emotionworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the Java metrics with outputs of scikit-learn 1.2.1 committed under src/test/resources/evaluation
 * (regenerate with make_sklearn_fixtures.py). No Python is run here.
 */
class SklearnParityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String resource(String name) throws IOException {
        try (InputStream in = SklearnParityTest.class.getResourceAsStream("/evaluation/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ConfusionMatrix confusionFromPreds(String fixture) throws IOException {
        List<String> truth = new ArrayList<>();
        List<String> pred = new ArrayList<>();
        List<List<String>> rows = Csv.parse(resource(fixture + ".preds.csv"));
        assertEquals(List.of("true", "pred"), rows.get(0));
        for (List<String> row : rows.subList(1, rows.size())) {
            truth.add(row.get(0));
            pred.add(row.get(1));
        }
        return ConfusionMatrix.ofLabels(truth, pred, Emotion.labels());
    }

    @ParameterizedTest
    @ValueSource(strings = {"realistic", "never_predicted", "zero_support", "absent_class", "perfect", "tiny", "rounding"})
    void confusionCsvIsIdenticalToSklearns(String fixture) throws IOException {
        assertEquals(resource(fixture + ".confusion.csv"), confusionFromPreds(fixture).toCsv());
    }

    /** Class indices of a fixture's true and predicted labels (canonical order). */
    private static int[][] indicesFromPreds(String fixture) throws IOException {
        List<List<String>> rows = Csv.parse(resource(fixture + ".preds.csv"));
        int n = rows.size() - 1;
        int[][] out = new int[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = Emotion.fromName(rows.get(i + 1).get(0)).orElseThrow().ordinal();
            out[1][i] = Emotion.fromName(rows.get(i + 1).get(1)).orElseThrow().ordinal();
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"realistic", "zero_support", "absent_class"})
    void presentClassReportMatchesSklearnsDefaultLabels(String fixture) throws IOException {
        int[][] tp = indicesFromPreds(fixture);
        ClassificationReport report = ClassificationReport.ofPresentClasses(tp[0], tp[1]);
        assertEquals(resource(fixture + ".present.report.txt"), report.toText());
        assertJsonEquivalent(MAPPER.readTree(resource(fixture + ".present.report.json")),
                MAPPER.readTree(report.toJson()), "$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"realistic", "never_predicted", "zero_support", "absent_class", "perfect", "tiny", "rounding"})
    void textReportIsIdenticalToSklearnsCharacterForCharacter(String fixture) throws IOException {
        assertEquals(resource(fixture + ".report.txt"), ClassificationReport.of(confusionFromPreds(fixture)).toText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"realistic", "never_predicted", "zero_support", "absent_class", "perfect", "tiny", "rounding"})
    void jsonReportHasSklearnsKeysOrderAndNumbers(String fixture) throws IOException {
        JsonNode expected = MAPPER.readTree(resource(fixture + ".report.json"));
        JsonNode actual = MAPPER.readTree(ClassificationReport.of(confusionFromPreds(fixture)).toJson());
        assertJsonEquivalent(expected, actual, "$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"realistic", "never_predicted", "zero_support", "absent_class", "perfect", "tiny", "rounding"})
    void sklearnJsonReadsBackToTheSameReport(String fixture) throws IOException {
        ClassificationReport computed = ClassificationReport.of(confusionFromPreds(fixture));
        ClassificationReport read = ClassificationReport.fromJson(resource(fixture + ".report.json"));
        assertEquals(computed, read);
        assertEquals(resource(fixture + ".report.txt"), read.toText());
    }

    @Test
    void fixturesCoverAccuracyAndMicroAvgVariants() throws IOException {
        assertTrue(resource("realistic.report.json").contains("\"accuracy\": "));
        assertTrue(resource("absent_class.report.json").contains("\"micro avg\": {"));
        assertFalse(resource("absent_class.report.json").contains("\"accuracy\""));
        // 0.125 and 123/200 = 0.615 are where naive Java %.2f rounding would disagree with Python
        assertTrue(resource("rounding.report.txt").contains("0.12"));
        assertEquals("0.13", String.format(java.util.Locale.ROOT, "%.2f", 0.125));
    }

    private static void assertJsonEquivalent(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertTrue(actual.isObject(), path + " should be an object");
            List<String> expectedKeys = new ArrayList<>();
            expected.fieldNames().forEachRemaining(expectedKeys::add);
            List<String> actualKeys = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualKeys::add);
            assertEquals(expectedKeys, actualKeys, "keys (in order) of " + path);
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertJsonEquivalent(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
            }
        } else if (expected.isIntegralNumber()) {
            assertTrue(actual.isIntegralNumber(), path + " should be an integer like sklearn's, was " + actual);
            assertEquals(expected.asLong(), actual.asLong(), path);
        } else {
            assertTrue(expected.isFloatingPointNumber() && actual.isFloatingPointNumber(), path + " should be a float");
            assertEquals(expected.asDouble(), actual.asDouble(), 1e-12, path);
        }
    }
}
