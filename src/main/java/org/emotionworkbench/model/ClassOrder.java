package org.emotionworkbench.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.emotionworkbench.dataset.Emotion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which emotion each output of a model stands for: output {@code i} is {@code outputs().get(i)}. Any subset of the
 * seven, in any order, each at most once. The workbench's own models use {@link #canonical()} (angry, disgust, fear,
 * happy, neutral, sad, surprise); models trained elsewhere often use FER2013's numeric order, where neutral comes last.
 */
public record ClassOrder(List<Emotion> outputs) {
    /** FER2013's numeric labels 0…6 (fer2013.csv), used by most FER models: neutral is last, not fifth. */
    public static final ClassOrder FER2013 = new ClassOrder(List.of(Emotion.ANGRY, Emotion.DISGUST, Emotion.FEAR,
            Emotion.HAPPY, Emotion.SAD, Emotion.SURPRISE, Emotion.NEUTRAL));

    /** Orders known by name: {@code fer2013}, {@code kdef} (KDEF codes AN DI AF HA SA SU NE), {@code alphabetical}. */
    public static final Map<String, ClassOrder> NAMED = Map.of(
            "fer2013", FER2013,
            "kdef", FER2013,
            "alphabetical", canonical());

    public ClassOrder {
        if (outputs == null || outputs.isEmpty()) {
            throw new IllegalArgumentException("a class order names at least one emotion");
        }
        EnumSet<Emotion> seen = EnumSet.noneOf(Emotion.class);
        for (Emotion e : outputs) {
            if (e == null || !seen.add(e)) {
                throw new IllegalArgumentException("a class order names each emotion at most once: " + outputs);
            }
        }
        outputs = List.copyOf(outputs);
    }

    /** The workbench's own order: angry, disgust, fear, happy, neutral, sad, surprise. */
    public static ClassOrder canonical() {
        return new ClassOrder(List.of(Emotion.values()));
    }

    /**
     * A named order ({@link #NAMED}) or a comma list of emotion names ("angry,disgust,...", aliases allowed).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ClassOrder parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        ClassOrder named = NAMED.get(key);
        if (named != null) {
            return named;
        }
        List<Emotion> out = new ArrayList<>();
        for (String part : key.split(",")) {
            String p = part.trim();
            out.add(Emotion.fromName(p).orElseThrow(() -> new IllegalArgumentException("'" + p + "' is not an emotion "
                    + "(use " + String.join(", ", Emotion.labels()) + ") nor a named order ("
                    + String.join(", ", NAMED.keySet().stream().sorted().toList()) + ")")));
        }
        return new ClassOrder(out);
    }

    public int size() {
        return outputs.size();
    }

    /** Whether every one of the seven emotions has an output. */
    public boolean complete() {
        return outputs.size() == Emotion.COUNT;
    }

    /**
     * A model's output row in the workbench's canonical order: {@code out[e.ordinal()]} is the probability of
     * {@code e}, 0 for the emotions this model has no output for.
     */
    public float[] toCanonical(float[] modelOutput) {
        if (modelOutput.length != outputs.size()) {
            throw new IllegalArgumentException("the model gave " + modelOutput.length + " outputs, its class order names "
                    + outputs.size());
        }
        float[] out = new float[Emotion.COUNT];
        for (int i = 0; i < modelOutput.length; i++) {
            out[outputs.get(i).ordinal()] = modelOutput[i];
        }
        return out;
    }

    /** The output index of {@code e}, or -1 when the model has no output for it. */
    public int indexOf(Emotion e) {
        return outputs.indexOf(e);
    }

    @JsonValue
    public List<String> names() {
        return outputs.stream().map(Emotion::label).toList();
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ClassOrder fromNames(List<String> names) {
        return new ClassOrder(names.stream().map(n -> Emotion.fromName(n)
                .orElseThrow(() -> new IllegalArgumentException("not an emotion: " + n))).toList());
    }

    @Override
    public String toString() {
        return outputs.stream().map(Emotion::label).collect(Collectors.joining(", "));
    }
}
