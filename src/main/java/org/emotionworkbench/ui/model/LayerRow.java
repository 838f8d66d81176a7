package org.emotionworkbench.ui.model;

import org.emotionworkbench.model.InvalidModelException;
import org.emotionworkbench.model.LayerInfo;
import org.emotionworkbench.model.LayerSpec;
import org.emotionworkbench.model.ModelDiagnosis;
import org.emotionworkbench.model.ModelSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the layer stack as shown: position, type, settings, and what the engine's shape inference says
 * of it (engine name, output shape, parameters) — or the error when this is the offending layer. Layers after
 * the offending one are not analysed ({@link #analysed()} false).
 */
public record LayerRow(int index, LayerKind kind, LayerSpec spec, String settings, String name, String inputShape,
                       String outputShape,
                       long trainableParams, long nonTrainableParams, boolean analysed, String error) {

    public static final String UNKNOWN = "—";

    /** The rows of a diagnosed stack, in order. */
    public static List<LayerRow> of(ModelDiagnosis diagnosis) {
        List<LayerSpec> layers = diagnosis.spec().layers();
        InvalidModelException error = diagnosis.error();
        int bad = error == null ? -1 : error.layerIndex();
        List<LayerRow> rows = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            LayerKind kind = LayerKind.of(layer);
            String settings = LayerSettings.summary(layer);
            if (i < diagnosis.analysed().size()) {
                LayerInfo info = diagnosis.analysed().get(i);
                rows.add(new LayerRow(i, kind, layer, settings, info.name(), info.input().toString(), info.output().toString(),
                        info.trainableParams(), info.nonTrainableParams(), true, null));
            } else {
                String input = i == 0 ? ModelSpec.INPUT.toString()
                        : i == diagnosis.analysed().size() ? diagnosis.analysed().get(i - 1).output().toString() : UNKNOWN;
                rows.add(new LayerRow(i, kind, layer, settings, "", input, UNKNOWN, 0, 0, false,
                        i == bad ? sentence(error.getMessage()) : null));
            }
        }
        return rows;
    }

    public int number() {
        return index + 1;
    }

    public boolean hasError() {
        return error != null;
    }

    /** The error without its "Layer 5 (dense): " prefix, for the layer's own row. */
    public String rowError() {
        return error == null ? null : error.replaceFirst("^Layer \\d+ \\([^)]*\\): ", "");
    }

    public long params() {
        return trainableParams + nonTrainableParams;
    }

    /** "1,664" or, when not analysed, "—". */
    public String paramsText() {
        return analysed ? grouped(params()) : UNKNOWN;
    }

    /** What the row's tooltip says: the error first, then the explanation of the layer type. */
    public String tooltip() {
        String counts = analysed && nonTrainableParams > 0
                ? "\nParameters: " + grouped(trainableParams) + " trainable, " + grouped(nonTrainableParams) + " non-trainable"
                : "";
        return (error != null ? error + "\n\n" : "") + kind.explanation() + counts;
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The engine's messages start in lower case ("layer 3 (conv2d_1): ..."); a label starts a sentence. */
    static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "invalid layer";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
