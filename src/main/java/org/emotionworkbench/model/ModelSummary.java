package org.emotionworkbench.model;

import java.util.Locale;

/** Keras-like text summary of a model: layer (type), output shape, params, then the totals. */
public final class ModelSummary {
    private ModelSummary() {
    }

    public static String render(ModelAnalysis analysis) {
        int nameWidth = "Layer (type)".length();
        int shapeWidth = "Output Shape".length();
        for (LayerInfo l : analysis.layers()) {
            nameWidth = Math.max(nameWidth, label(l).length());
            shapeWidth = Math.max(shapeWidth, l.output().toString().length());
        }
        nameWidth += 4;
        shapeWidth += 4;
        int width = nameWidth + shapeWidth + 12;
        String rule = "=".repeat(width);
        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"").append(analysis.spec().name()).append("\"\n");
        sb.append("_".repeat(width)).append('\n');
        sb.append(pad("Layer (type)", nameWidth)).append(pad("Output Shape", shapeWidth)).append("Param #\n");
        sb.append(rule).append('\n');
        for (int i = 0; i < analysis.layers().size(); i++) {
            LayerInfo l = analysis.layers().get(i);
            sb.append(pad(label(l), nameWidth)).append(pad(l.output().toString(), shapeWidth))
                    .append(l.params()).append('\n');
            if (i < analysis.layers().size() - 1) {
                sb.append("\n");
            }
        }
        sb.append(rule).append('\n');
        sb.append("Total params: ").append(grouped(analysis.totalParams())).append('\n');
        sb.append("Trainable params: ").append(grouped(analysis.trainableParams())).append('\n');
        sb.append("Non-trainable params: ").append(grouped(analysis.nonTrainableParams())).append('\n');
        sb.append("_".repeat(width)).append('\n');
        return sb.toString();
    }

    private static String label(LayerInfo l) {
        return l.name() + " (" + l.spec().getClass().getSimpleName() + ")";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
