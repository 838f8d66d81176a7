package org.emotionworkbench.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the provenance records of several runs differ: each config.json flattened to dotted keys
 * ({@code training.seed}, {@code model.layers[2].filters}, {@code dataUsed.train.fingerprint}, plus
 * {@code model.layerCount}), side by side, each key marked when its values are not all equal. A key missing from
 * one config reads {@value #ABSENT}; a JSON null reads {@value #NONE}. {@link #VOLATILE} keys (the creation time)
 * always differ between runs and never count as a difference.
 */
public record ConfigDiff(List<String> runs, List<Row> rows) {
    public static final String ABSENT = "—";
    public static final String NONE = "none";
    public static final String UNREADABLE = "?";
    public static final Set<String> VOLATILE = Set.of("software.createdAt");
    /** config.json leaves null fields out; the diff keeps them, so that a setting one run lacks reads {@value #NONE}. */
    private static final com.fasterxml.jackson.databind.ObjectMapper WITH_NULLS = RunConfig.JSON.copy()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS);

    /** One key: its value in each run (in {@link #runs} order) and whether they differ. */
    public record Row(String key, List<String> values, boolean differs) {
        public Row {
            Objects.requireNonNull(key, "key");
            values = List.copyOf(values);
        }
    }

    public ConfigDiff {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }

    /** Side by side; a null config (unreadable config.json) gives {@value #UNREADABLE} for every key. */
    public static ConfigDiff of(List<String> names, List<RunConfig> configs) {
        if (names.size() != configs.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + configs.size() + " configs");
        }
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (RunConfig c : configs) {
            Map<String, String> f = c == null ? null : flatten(c);
            flat.add(f);
            if (f != null) {
                keys.addAll(f.keySet());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            List<String> values = new ArrayList<>();
            for (Map<String, String> f : flat) {
                values.add(f == null ? UNREADABLE : f.getOrDefault(key, ABSENT));
            }
            boolean differs = !VOLATILE.contains(key) && values.stream().distinct().count() > 1;
            rows.add(new Row(key, values, differs));
        }
        return new ConfigDiff(names, rows);
    }

    /** The rows whose values differ. */
    public List<Row> differing() {
        return rows.stream().filter(Row::differs).toList();
    }

    /**
     * A run config as dotted keys in the order config.json lists them, with {@code model.layerCount} after the name.
     * An imported run has no model spec, training or data settings: its keys are {@code imported.*} (source file,
     * SHA-256, input, class order, …) and no layer count.
     */
    public static Map<String, String> flatten(RunConfig config) {
        JsonNode root = WITH_NULLS.valueToTree(config);
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", root, out);
        if (config.model() == null) {
            return out;
        }
        Map<String, String> withCount = new LinkedHashMap<>();
        boolean added = false;
        for (Map.Entry<String, String> e : out.entrySet()) {
            if (!added && e.getKey().startsWith("model.layers")) {
                withCount.put("model.layerCount", String.valueOf(config.model().layers().size()));
                added = true;
            }
            withCount.put(e.getKey(), e.getValue());
        }
        if (!added && config.model() != null) {
            withCount.put("model.layerCount", String.valueOf(config.model().layers().size()));
        }
        return withCount;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            if (node.isEmpty() && !prefix.isEmpty()) {
                out.put(prefix, "{}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.put(prefix, "[]");
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else if (node.isNull() || node.isMissingNode()) {
            out.put(prefix, NONE);
        } else {
            out.put(prefix, node.asText());
        }
    }
}
