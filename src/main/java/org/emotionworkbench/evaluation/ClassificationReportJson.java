package org.emotionworkbench.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON form of a {@link ClassificationReport}, shaped exactly like
 * {@code json.dumps(classification_report(..., output_dict=True))}, in this key order:
 * <pre>
 * { "&lt;class&gt;": {"precision": x, "recall": x, "f1-score": x, "support": n},   (one per class, class order)
 *   "accuracy": x,                       (or "micro avg": {...} when sklearn reports micro avg)
 *   "macro avg": {"precision": x, "recall": x, "f1-score": x, "support": n},
 *   "weighted avg": {...} }
 * </pre>
 * An evaluation on a class subset adds {@code "evaluated classes"} after these keys; reading ignores it.
 * Supports are integers, also for the averages (sklearn gives {@code np.sum(support).item()}, an int).
 * Output is pretty-printed; numbers are written with Java's shortest round-trip form (so {@code 1.0E-4} may
 * appear where Python writes {@code 0.0001}; both parse to the same double).
 */
final class ClassificationReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ROW_KEYS = Set.of("precision", "recall", "f1-score", "support");

    private ClassificationReportJson() {
    }

    static String write(ClassificationReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        for (MetricRow row : report.classes()) {
            root.set(row.name(), rowNode(row));
        }
        if (report.microIsAccuracy()) {
            root.put(ClassificationReport.ACCURACY, report.accuracy());
        } else {
            root.set(ClassificationReport.MICRO_AVG, rowNode(report.micro()));
        }
        root.set(ClassificationReport.MACRO_AVG, rowNode(report.macroAvg()));
        root.set(ClassificationReport.WEIGHTED_AVG, rowNode(report.weightedAvg()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
    }

    /** A report's JSON with one more top-level entry after sklearn's keys (see {@link ClassSubset#annotate}). */
    static String withEntry(String reportJson, String key, JsonNode value) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(reportJson);
            root.set(key, value);
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot annotate report", e);
        }
    }

    private static ObjectNode rowNode(MetricRow row) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("precision", row.precision());
        node.put("recall", row.recall());
        node.put("f1-score", row.f1Score());
        node.put("support", row.support());
        return node;
    }

    static ClassificationReport read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("report JSON must be an object");
        }
        List<MetricRow> classes = new ArrayList<>();
        Double accuracy = null;
        MetricRow micro = null;
        MetricRow macro = null;
        MetricRow weighted = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            switch (key) {
                case ClassificationReport.ACCURACY -> accuracy = unit(key, e.getValue());
                case ClassificationReport.MICRO_AVG -> micro = row(key, e.getValue());
                case ClassificationReport.MACRO_AVG -> macro = row(key, e.getValue());
                case ClassificationReport.WEIGHTED_AVG -> weighted = row(key, e.getValue());
                case ClassSubset.REPORT_KEY -> { } // which classes were scored; not part of sklearn's report
                default -> classes.add(row(key, e.getValue()));
            }
        }
        if (macro == null || weighted == null) {
            throw new IllegalArgumentException("report JSON lacks \"macro avg\" or \"weighted avg\"");
        }
        if ((accuracy == null) == (micro == null)) {
            throw new IllegalArgumentException("report JSON needs exactly one of \"accuracy\" and \"micro avg\"");
        }
        boolean microIsAccuracy = accuracy != null;
        if (microIsAccuracy) {
            double a = accuracy;
            micro = new MetricRow(ClassificationReport.ACCURACY, a, a, ClassificationReport.f1(a, a), macro.support());
        }
        return new ClassificationReport(classes, micro, microIsAccuracy, macro, weighted);
    }

    private static MetricRow row(String name, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("\"" + name + "\" must be an object");
        }
        Set<String> keys = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        if (!keys.equals(ROW_KEYS)) {
            throw new IllegalArgumentException("\"" + name + "\" must have keys " + ROW_KEYS + " but has " + keys);
        }
        JsonNode support = node.get("support");
        if (!support.isNumber() || support.asDouble() != Math.rint(support.asDouble())
                || support.asDouble() < 0 || support.asDouble() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("\"" + name + "\".support must be a non-negative integer");
        }
        return new MetricRow(name, unit(name + ".precision", node.get("precision")),
                unit(name + ".recall", node.get("recall")),
                unit(name + ".f1-score", node.get("f1-score")), (int) support.asDouble());
    }

    private static double unit(String what, JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("\"" + what + "\" must be a number");
        }
        return node.asDouble();
    }
}
