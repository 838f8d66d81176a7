package org.emotionworkbench.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The new head put on a model being fine-tuned, written as on the command line: comma-separated layers, then always a
 * 7-way softmax output in the workbench's canonical class order. {@code dense:256} is a ReLU dense layer of 256 units,
 * {@code dropout:0.5} drops half the units while training (Keras' rate), {@code gap} averages each channel of a
 * convolutional output over the image (global average pooling). {@code softmax} (or an empty spec) is the output alone.
 * A convolutional output is flattened before the first dense layer unless {@code gap} comes first.
 */
public record HeadSpec(List<Part> parts) {
    /** One layer of the head. */
    public sealed interface Part permits DenseUnits, DropoutRate, GlobalAveragePooling {
    }

    public record DenseUnits(int units) implements Part {
    }

    public record DropoutRate(double rate) implements Part {
    }

    public record GlobalAveragePooling() implements Part {
    }

    public HeadSpec {
        parts = List.copyOf(parts);
    }

    /**
     * "dense:256,dropout:0.5", "gap,dense:128", "softmax".
     *
     * @throws IllegalArgumentException naming the part that is wrong and the form expected
     */
    public static HeadSpec parse(String text) {
        List<Part> parts = new ArrayList<>();
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("softmax") || t.equals("none")) {
            return new HeadSpec(parts);
        }
        for (String raw : t.split(",")) {
            String p = raw.trim();
            String[] kv = p.split(":", 2);
            try {
                switch (kv[0].trim()) {
                    case "dense" -> {
                        int units = Integer.parseInt(value(kv, p));
                        if (units < 1) {
                            throw new IllegalArgumentException("a dense layer needs at least 1 unit, got '" + p + "'");
                        }
                        parts.add(new DenseUnits(units));
                    }
                    case "dropout" -> {
                        double rate = Double.parseDouble(value(kv, p));
                        if (!(rate >= 0 && rate < 1)) {
                            throw new IllegalArgumentException("a dropout rate is in [0, 1), got '" + p + "'");
                        }
                        parts.add(new DropoutRate(rate));
                    }
                    case "gap" -> parts.add(new GlobalAveragePooling());
                    case "softmax" -> {
                        // the output is always added last
                    }
                    default -> throw new IllegalArgumentException(unknown(p));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(unknown(p));
            }
        }
        return new HeadSpec(parts);
    }

    private static String value(String[] kv, String part) {
        if (kv.length < 2 || kv[1].isBlank()) {
            throw new IllegalArgumentException(unknown(part));
        }
        return kv[1].trim();
    }

    private static String unknown(String part) {
        return "head layer '" + part + "' is not one of dense:<units>, dropout:<rate>, gap, softmax "
                + "(e.g. --head dense:256,dropout:0.5)";
    }

    /** The spec as written back ("dense:256,dropout:0.5,softmax"). */
    public String describe() {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof DenseUnits d) {
                out.add("dense:" + d.units());
            } else if (p instanceof DropoutRate r) {
                out.add("dropout:" + r.rate());
            } else {
                out.add("gap");
            }
        }
        out.add("softmax");
        return String.join(",", out);
    }
}
