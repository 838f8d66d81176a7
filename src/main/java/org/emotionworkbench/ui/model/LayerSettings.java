package org.emotionworkbench.ui.model;

import org.emotionworkbench.model.Activation;
import org.emotionworkbench.model.AvgPool2D;
import org.emotionworkbench.model.BatchNorm;
import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Dropout;
import org.emotionworkbench.model.LayerSpec;
import org.emotionworkbench.model.MaxPool2D;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.Padding;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The editable settings of each layer type: which fields the form shows, a one-line summary for the stack, and
 * {@link #apply} to make an edited copy. The engine's records stay the judges of what is valid; this adds the
 * messages a student can act on ("kernel must be a whole number, e.g. 3").
 */
public final class LayerSettings {
    /** More filters or units than this would not fit in memory on a workstation. */
    public static final int MAX_WIDTH = 100_000;

    private static final List<String> ACTIVATIONS = Arrays.stream(Activation.values()).map(Activation::json).toList();
    private static final List<String> PADDINGS = Arrays.stream(Padding.values()).map(Padding::json).toList();
    private static final String ACTIVATION_HINT = "Non-linearity applied to each output: relu (max(0, x)) is the "
            + "usual choice; linear means none.";
    private static final String STRIDE_HINT = "Step between two window positions; 2 halves height and width.";

    private LayerSettings() {
    }

    public static List<LayerField> fields(LayerSpec layer) {
        if (layer instanceof Conv2D c) {
            return List.of(
                    LayerField.integer("filters", "Filters", c.filters(),
                            "How many filters the layer learns = how many feature maps (channels) it outputs."),
                    LayerField.integer("kernel", "Kernel", c.kernel(),
                            "Side of the square filter window: 3 means 3×3 pixels of each input map."),
                    LayerField.integer("stride", "Stride", c.stride(), STRIDE_HINT),
                    LayerField.choice("padding", "Padding", c.padding().json(), PADDINGS,
                            "same: pads the border so the map keeps its size (÷ stride); valid: only whole "
                                    + "windows, so the map shrinks by kernel − 1."),
                    LayerField.choice("activation", "Activation", c.activation().json(), ACTIVATIONS, ACTIVATION_HINT));
        }
        if (layer instanceof MaxPool2D p) {
            return poolFields(p.pool(), p.stride());
        }
        if (layer instanceof AvgPool2D p) {
            return poolFields(p.pool(), p.stride());
        }
        if (layer instanceof BatchNorm b) {
            return List.of(
                    LayerField.decimal("epsilon", "Epsilon", b.epsilon(),
                            "Small number added to the variance so nothing is divided by zero (Keras: 0.001)."),
                    LayerField.decimal("momentum", "Momentum", b.momentum(),
                            "How slowly the moving mean and variance follow each batch, between 0 and 1 "
                                    + "(Keras: 0.99)."));
        }
        if (layer instanceof Dropout d) {
            return List.of(LayerField.decimal("rate", "Rate (dropped)", d.rate(),
                    "Keras' meaning: the FRACTION OF UNITS DROPPED while training, in [0, 1). 0.25 drops a "
                            + "quarter and keeps three quarters (DL4J itself is given the keep probability 1 − rate)."));
        }
        if (layer instanceof Dense d) {
            return List.of(
                    LayerField.integer("units", "Units", d.units(), "Number of neurons = length of the output vector."),
                    LayerField.choice("activation", "Activation", d.activation().json(), ACTIVATIONS, ACTIVATION_HINT));
        }
        return List.of(); // Flatten has no settings; Output is fixed at 7 classes with softmax
    }

    private static List<LayerField> poolFields(int pool, int stride) {
        return List.of(
                LayerField.integer("pool", "Pool size", pool, "Side of the square window: 2 means 2×2."),
                LayerField.integer("stride", "Stride", stride, STRIDE_HINT + " Usually the pool size."));
    }

    /**
     * A copy of {@code layer} with one setting changed; throws {@link IllegalArgumentException} with a message for
     * the field when the text is not a valid value (the layer itself is never changed).
     */
    public static LayerSpec apply(LayerSpec layer, String key, String text) {
        String t = text == null ? "" : text.strip();
        if (layer instanceof Conv2D c) {
            return switch (key) {
                case "filters" -> new Conv2D(width("filters", t), c.kernel(), c.stride(), c.padding(), c.activation());
                case "kernel" -> new Conv2D(c.filters(), positive("kernel", t, "3"), c.stride(), c.padding(), c.activation());
                case "stride" -> new Conv2D(c.filters(), c.kernel(), positive("stride", t, "1"), c.padding(), c.activation());
                case "padding" -> new Conv2D(c.filters(), c.kernel(), c.stride(), Padding.parse(t), c.activation());
                case "activation" -> new Conv2D(c.filters(), c.kernel(), c.stride(), c.padding(), Activation.parse(t));
                default -> throw unknown(layer, key);
            };
        }
        if (layer instanceof MaxPool2D p) {
            return switch (key) {
                case "pool" -> new MaxPool2D(positive("pool size", t, "2"), p.stride());
                case "stride" -> new MaxPool2D(p.pool(), positive("stride", t, "2"));
                default -> throw unknown(layer, key);
            };
        }
        if (layer instanceof AvgPool2D p) {
            return switch (key) {
                case "pool" -> new AvgPool2D(positive("pool size", t, "2"), p.stride());
                case "stride" -> new AvgPool2D(p.pool(), positive("stride", t, "2"));
                default -> throw unknown(layer, key);
            };
        }
        if (layer instanceof BatchNorm b) {
            return switch (key) {
                case "epsilon" -> new BatchNorm(positiveDecimal("epsilon", t, "0.001"), b.momentum());
                case "momentum" -> new BatchNorm(b.epsilon(), fraction("momentum", t, "0.99", false));
                default -> throw unknown(layer, key);
            };
        }
        if (layer instanceof Dropout) {
            if (!key.equals("rate")) {
                throw unknown(layer, key);
            }
            return new Dropout(fraction("rate", t, "0.25", true));
        }
        if (layer instanceof Dense d) {
            return switch (key) {
                case "units" -> new Dense(width("units", t), d.activation());
                case "activation" -> new Dense(d.units(), Activation.parse(t));
                default -> throw unknown(layer, key);
            };
        }
        throw unknown(layer, key);
    }

    /** One line for the stack: "32 filters 3×3, stride 1, same, relu". */
    public static String summary(LayerSpec layer) {
        if (layer instanceof Conv2D c) {
            return c.filters() + " filters " + c.kernel() + "×" + c.kernel() + ", stride " + c.stride() + ", "
                    + c.padding().json() + ", " + c.activation().json();
        }
        if (layer instanceof MaxPool2D p) {
            return p.pool() + "×" + p.pool() + ", stride " + p.stride();
        }
        if (layer instanceof AvgPool2D p) {
            return p.pool() + "×" + p.pool() + ", stride " + p.stride();
        }
        if (layer instanceof BatchNorm b) {
            return "ε " + decimal(b.epsilon()) + ", momentum " + decimal(b.momentum());
        }
        if (layer instanceof Dropout d) {
            return "drops " + decimal(d.rate() * 100) + "% (rate " + decimal(d.rate()) + ")";
        }
        if (layer instanceof Dense d) {
            return d.units() + " units, " + d.activation().json();
        }
        if (layer instanceof Output o) {
            return o.classes() + " emotions, softmax";
        }
        return "";
    }

    /** A decimal without float noise or exponent: 0.2, 0.001, 1e-5 → "0.00001". */
    static String decimal(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static int width(String what, String t) {
        int v = integer(what, t, what.equals("units") ? "128" : "32");
        if (v < 1 || v > MAX_WIDTH) {
            throw new IllegalArgumentException(what + " must be between 1 and " + String.format("%,d", MAX_WIDTH) + ", got " + v);
        }
        return v;
    }

    private static int positive(String what, String t, String example) {
        int v = integer(what, t, example);
        if (v < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + v);
        }
        return v;
    }

    private static int integer(String what, String t, String example) {
        try {
            return Integer.parseInt(t.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, e.g. " + example + (t.isEmpty() ? "" : " (not '" + t + "')"));
        }
    }

    private static double number(String what, String t, String example) {
        try {
            double v = Double.parseDouble(t.replace(',', '.'));
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, e.g. " + example + (t.isEmpty() ? "" : " (not '" + t + "')"));
        }
    }

    private static double positiveDecimal(String what, String t, String example) {
        double v = number(what, t, example);
        if (!(v > 0)) {
            throw new IllegalArgumentException(what + " must be greater than 0, e.g. " + example);
        }
        return v;
    }

    /** In [0, 1) when {@code zeroAllowed}, else in (0, 1). */
    private static double fraction(String what, String t, String example, boolean zeroAllowed) {
        double v = number(what, t, example);
        boolean ok = (zeroAllowed ? v >= 0 : v > 0) && v < 1;
        if (!ok) {
            throw new IllegalArgumentException(what + " must be a fraction " + (zeroAllowed ? "from 0 up to" : "between 0 and")
                    + " (not including) 1, e.g. " + example + "; got " + t);
        }
        return v;
    }

    private static IllegalArgumentException unknown(LayerSpec layer, String key) {
        return new IllegalArgumentException(layer.getClass().getSimpleName() + " has no setting '" + key + "'");
    }
}
