package org.emotionworkbench.study;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Training settings a study sweeps: {@code "sweep": {"maxEpochs": [40, 50], "batchSize": [32, 64],
 * "learningRate": [0.001, 0.0005]}} (any subset of the keys). Every combination, with every source and seed, is a
 * run. An absent key keeps the study's {@code training} value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sweep(List<Integer> maxEpochs, List<Integer> batchSize, List<Double> learningRate) {
    /** The keys a sweep may have, in the order they name run folders. */
    public static final List<String> KEYS = List.of("maxEpochs", "batchSize", "learningRate");

    public Sweep {
        maxEpochs = check("maxEpochs", maxEpochs);
        batchSize = check("batchSize", batchSize);
        learningRate = check("learningRate", learningRate);
        if (maxEpochs == null && batchSize == null && learningRate == null) {
            throw new IllegalArgumentException("\"sweep\" is empty: give at least one of " + String.join(", ", KEYS));
        }
    }

    private static <T extends Number> List<T> check(String key, List<T> values) {
        if (values == null) {
            return null;
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("sweep \"" + key + "\" is an empty list: give at least one value");
        }
        Set<Double> seen = new HashSet<>();
        for (T v : values) {
            if (v == null || !(v.doubleValue() > 0) || Double.isInfinite(v.doubleValue())) {
                throw new IllegalArgumentException("sweep \"" + key + "\" values must be positive, got " + v);
            }
            if (!seen.add(v.doubleValue())) {
                throw new IllegalArgumentException("sweep \"" + key + "\" lists " + v + " twice");
            }
        }
        return List.copyOf(values);
    }

    /**
     * Checks a spec's {@code "sweep"} JSON before it is bound, so that a wrong key or value gets a message naming
     * the key rather than the binder's.
     */
    static void checkJson(JsonNode sweep) {
        if (sweep == null || sweep.isNull()) {
            return;
        }
        if (!sweep.isObject()) {
            throw new IllegalArgumentException("\"sweep\" is an object of lists, e.g. {\"maxEpochs\": [40, 50]}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sweep.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!KEYS.contains(e.getKey())) {
                throw new IllegalArgumentException("sweep key \"" + e.getKey() + "\" is unknown: a study sweeps "
                        + String.join(", ", KEYS));
            }
            if (!e.getValue().isArray()) {
                throw new IllegalArgumentException("sweep \"" + e.getKey() + "\" is a list of values, e.g. [40, 50]");
            }
            for (JsonNode v : e.getValue()) {
                boolean integral = !e.getKey().equals("learningRate");
                if (!v.isNumber() || (integral && !v.canConvertToInt()) || (integral && !v.isIntegralNumber())) {
                    throw new IllegalArgumentException("sweep \"" + e.getKey() + "\" values must be "
                            + (integral ? "positive whole numbers" : "positive numbers") + ", got " + v);
                }
            }
        }
    }

    /** Every combination, the last key varying fastest; each holds only the swept values. */
    public List<Combination> combinations() {
        List<Combination> out = new ArrayList<>();
        for (Integer e : orNull(maxEpochs)) {
            for (Integer b : orNull(batchSize)) {
                for (Double lr : orNull(learningRate)) {
                    out.add(new Combination(e, b, lr));
                }
            }
        }
        return out;
    }

    /** The swept keys, in {@link #KEYS} order. */
    public List<String> axes() {
        List<String> out = new ArrayList<>();
        if (maxEpochs != null) out.add("maxEpochs");
        if (batchSize != null) out.add("batchSize");
        if (learningRate != null) out.add("learningRate");
        return out;
    }

    private static <T> List<T> orNull(List<T> values) {
        List<T> one = new ArrayList<>();
        one.add(null);
        return values == null ? one : values;
    }

    /**
     * One point of a sweep: the swept values (null where a key is not swept). {@link #NONE} is the single point of
     * a study without a sweep.
     */
    public record Combination(Integer maxEpochs, Integer batchSize, Double learningRate) {
        public static final Combination NONE = new Combination(null, null, null);

        /** "e40-b64-lr0.0005": the swept values as run folder names carry them; "" for {@link #NONE}. */
        public String label() {
            List<String> parts = new ArrayList<>();
            if (maxEpochs != null) parts.add("e" + maxEpochs);
            if (batchSize != null) parts.add("b" + batchSize);
            if (learningRate != null) parts.add("lr" + plain(learningRate));
            return String.join("-", parts);
        }

        /** The swept values by key, in {@link Sweep#KEYS} order (empty for {@link #NONE}). */
        public Map<String, Number> values() {
            Map<String, Number> out = new LinkedHashMap<>();
            if (maxEpochs != null) out.put("maxEpochs", maxEpochs);
            if (batchSize != null) out.put("batchSize", batchSize);
            if (learningRate != null) out.put("learningRate", learningRate);
            return out;
        }

        static String plain(double v) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
    }
}
