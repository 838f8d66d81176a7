package org.emotionworkbench.evaluation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.emotionworkbench.dataset.Emotion;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The classes an evaluation scores, resolved from an {@link EvaluationClasses} choice, the classes the model was
 * trained on and the classes of the test set. {@code all}: the seven emotions. {@code shared}: the classes in both
 * (canonical order); test images of other classes are left out, and a prediction is the most probable of the shared
 * classes, its probabilities renormalised over them (the others 0), as a softmax over those classes' scores would give.
 */
public record ClassSubset(EvaluationClasses mode, List<Emotion> classes, List<Emotion> modelClasses,
                          List<Emotion> testClasses) {
    /** The key under which {@link #annotate} records the subset in report.json. */
    public static final String REPORT_KEY = "evaluated classes";

    public ClassSubset {
        Objects.requireNonNull(mode, "mode");
        classes = canonical(classes);
        modelClasses = canonical(modelClasses);
        testClasses = canonical(testClasses);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one class");
        }
    }

    /** All seven emotions, nothing known about the model's or the test set's classes. */
    public static ClassSubset all() {
        List<Emotion> seven = List.of(Emotion.values());
        return new ClassSubset(EvaluationClasses.ALL, seven, seven, seven);
    }

    /**
     * Resolves {@code mode} for a model trained on {@code modelClasses} and a test set holding {@code testClasses}.
     *
     * @throws IllegalArgumentException for {@code shared} when the two have no class in common
     */
    public static ClassSubset of(EvaluationClasses mode, Collection<Emotion> modelClasses, Collection<Emotion> testClasses) {
        if (mode == EvaluationClasses.ALL) {
            return new ClassSubset(mode, List.of(Emotion.values()), List.copyOf(modelClasses), List.copyOf(testClasses));
        }
        EnumSet<Emotion> shared = modelClasses.isEmpty() ? EnumSet.noneOf(Emotion.class) : EnumSet.copyOf(modelClasses);
        shared.retainAll(testClasses);
        if (shared.isEmpty()) {
            throw new IllegalArgumentException("the model's classes (" + names(modelClasses) + ") and the test set's ("
                    + names(testClasses) + ") have none in common: nothing to evaluate with shared classes");
        }
        return new ClassSubset(mode, List.copyOf(shared), List.copyOf(modelClasses), List.copyOf(testClasses));
    }

    /** True when the model was trained on other classes than the test set holds. */
    public boolean classesDiffer() {
        return !modelClasses.equals(testClasses);
    }

    public boolean contains(Emotion e) {
        return classes.contains(e);
    }

    /**
     * The model's probabilities restricted to the scored classes: renormalised over them, 0 elsewhere (uniform over
     * them when the model gives them no probability at all). {@code all} returns a copy unchanged.
     */
    public float[] restrict(float[] probabilities) {
        if (probabilities.length != Emotion.COUNT) {
            throw new IllegalArgumentException("need " + Emotion.COUNT + " probabilities, got " + probabilities.length);
        }
        if (mode == EvaluationClasses.ALL) {
            return probabilities.clone();
        }
        double sum = 0;
        for (Emotion e : classes) {
            sum += probabilities[e.ordinal()];
        }
        float[] out = new float[Emotion.COUNT];
        for (Emotion e : classes) {
            out[e.ordinal()] = sum > 0 ? (float) Math.min(1.0, probabilities[e.ordinal()] / sum) : 1f / classes.size();
        }
        return out;
    }

    /** The most probable of the scored classes (the first in canonical order on a tie). */
    public Emotion argmax(float[] probabilities) {
        Emotion best = classes.get(0);
        for (Emotion e : classes) {
            if (probabilities[e.ordinal()] > probabilities[best.ordinal()]) {
                best = e;
            }
        }
        return best;
    }

    /** What differs, e.g. "the model was trained on angry, happy and the test set holds angry, fear, happy". */
    public String mismatch() {
        return "the model was trained on " + names(modelClasses) + " and the test set holds " + names(testClasses);
    }

    /** One line for report.txt and the console, e.g. "classes: shared only, angry, happy (...)"; empty for all. */
    public String note(int imagesLeftOut) {
        if (mode == EvaluationClasses.ALL) {
            return "";
        }
        List<Emotion> dropped = testClasses.stream().filter(e -> !classes.contains(e)).toList();
        return "classes: shared only, " + names(classes) + " (the model was trained on " + names(modelClasses)
                + "; " + imagesLeftOut + " test image(s) of " + (dropped.isEmpty() ? "no other class" : names(dropped))
                + " left out; predictions are the most probable of the shared classes)";
    }

    /** report.json with the subset recorded under {@link #REPORT_KEY}; unchanged (sklearn's shape) for all. */
    public String annotate(ClassificationReport report, int imagesLeftOut) {
        String json = report.toJson();
        if (mode == EvaluationClasses.ALL) {
            return json;
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("mode", mode.key());
        classes.forEach(e -> node.withArray("classes").add(e.label()));
        modelClasses.forEach(e -> node.withArray("model classes").add(e.label()));
        testClasses.forEach(e -> node.withArray("test classes").add(e.label()));
        node.put("test images left out", imagesLeftOut);
        return ClassificationReportJson.withEntry(json, REPORT_KEY, node);
    }

    private static List<Emotion> canonical(List<Emotion> list) {
        Objects.requireNonNull(list, "classes");
        return list.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(list));
    }

    static String names(Collection<Emotion> classes) {
        return classes.isEmpty() ? "no class"
                : Arrays.stream(Emotion.values()).filter(classes::contains).map(Emotion::label).collect(Collectors.joining(", "));
    }
}
