package org.emotionworkbench.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.training.EarlyStopping;
import org.emotionworkbench.training.Monitor;
import org.emotionworkbench.training.ReduceLrOnPlateau;
import org.emotionworkbench.training.TrainingOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The training settings form as text the user types (so a half-typed value is seen and explained, not silently
 * dropped), turned into the engine's validated {@link TrainingOptions}. Defaults suit the sample data with the
 * {@code tiny} preset: 30 epochs, batch 64, Adam 0.001, seed 42, early stopping on val_loss after 5 flat epochs.
 */
public final class TrainingSettings {
    /** The engine's options, or why the form cannot give them (every problem, one per line). */
    public record Validated(TrainingOptions options, List<String> problems) {
        public boolean valid() {
            return options != null;
        }

        public String message() {
            return String.join("\n", problems);
        }
    }

    /** Keras' ReduceLROnPlateau min_delta, as the CLI uses. */
    static final double REDUCE_LR_MIN_DELTA = 1e-4;

    private final StringProperty epochs = new SimpleStringProperty("30");
    private final StringProperty batchSize = new SimpleStringProperty("64");
    private final StringProperty learningRate = new SimpleStringProperty("0.001");
    private final StringProperty seed = new SimpleStringProperty("42");
    private final ObjectProperty<Monitor> monitor = new SimpleObjectProperty<>(Monitor.VAL_LOSS);
    private final BooleanProperty earlyStopping = new SimpleBooleanProperty(true);
    private final StringProperty patience = new SimpleStringProperty("5");
    private final StringProperty minDelta = new SimpleStringProperty("0");
    private final BooleanProperty restoreBest = new SimpleBooleanProperty(true);
    private final BooleanProperty reduceLr = new SimpleBooleanProperty(false);
    private final StringProperty reduceLrPatience = new SimpleStringProperty("3");
    private final StringProperty reduceLrFactor = new SimpleStringProperty("0.5");
    private final StringProperty minLr = new SimpleStringProperty("1e-6");
    private final ObjectBinding<Validated> validated;
    private final BooleanBinding valid;

    public TrainingSettings() {
        validated = Bindings.createObjectBinding(this::validate, epochs, batchSize, learningRate, seed, monitor,
                earlyStopping, patience, minDelta, restoreBest, reduceLr, reduceLrPatience, reduceLrFactor, minLr);
        valid = Bindings.createBooleanBinding(() -> validated.get().valid(), validated);
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Watched by early stopping, LR reduction and the choice of the best epoch. */
    public ObjectProperty<Monitor> monitorProperty() {
        return monitor;
    }

    public BooleanProperty earlyStoppingProperty() {
        return earlyStopping;
    }

    public StringProperty patienceProperty() {
        return patience;
    }

    public StringProperty minDeltaProperty() {
        return minDelta;
    }

    public BooleanProperty restoreBestProperty() {
        return restoreBest;
    }

    public BooleanProperty reduceLrProperty() {
        return reduceLr;
    }

    public StringProperty reduceLrPatienceProperty() {
        return reduceLrPatience;
    }

    public StringProperty reduceLrFactorProperty() {
        return reduceLrFactor;
    }

    public StringProperty minLrProperty() {
        return minLr;
    }

    public ObjectBinding<Validated> validatedProperty() {
        return validated;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public Validated validated() {
        return validated.get();
    }

    /** Parses every field and lets the engine's records judge the values; collects every problem. */
    Validated validate() {
        List<String> problems = new ArrayList<>();
        Integer e = integer("Epochs", epochs.get(), problems);
        Integer b = integer("Batch size", batchSize.get(), problems);
        Double lr = number("Learning rate", learningRate.get(), problems);
        Long s = longNumber("Seed", seed.get(), problems);
        Monitor mon = monitor.get() == null ? Monitor.VAL_LOSS : monitor.get();
        TrainingOptions options = null;
        if (e != null && b != null && lr != null && s != null) {
            options = engine(problems, () -> new TrainingOptions(e, b, lr, s, null, null, mon));
        }
        EarlyStopping es = null;
        if (earlyStopping.get()) {
            Integer p = integer("Patience", patience.get(), problems);
            Double d = number("Min delta", minDelta.get(), problems);
            if (p != null && d != null) {
                es = engine(problems, () -> new EarlyStopping(mon, p, d, restoreBest.get()));
            }
        }
        ReduceLrOnPlateau rlr = null;
        if (reduceLr.get()) {
            Integer p = integer("LR patience", reduceLrPatience.get(), problems);
            Double f = number("LR factor", reduceLrFactor.get(), problems);
            Double m = number("Min LR", minLr.get(), problems);
            if (p != null && f != null && m != null) {
                rlr = engine(problems, () -> new ReduceLrOnPlateau(mon, f, p, REDUCE_LR_MIN_DELTA, m));
            }
        }
        if (!problems.isEmpty() || options == null) {
            return new Validated(null, problems);
        }
        return new Validated(options.withEarlyStopping(es).withReduceLr(rlr), List.of());
    }

    private static <T> T engine(List<String> problems, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException ex) {
            String m = ex.getMessage();
            problems.add(m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1));
            return null;
        }
    }

    private static Integer integer(String what, String text, List<String> problems) {
        String t = text == null ? "" : text.trim();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException ex) {
            problems.add(what + ": '" + t + "' is not a whole number");
            return null;
        }
    }

    private static Long longNumber(String what, String text, List<String> problems) {
        String t = text == null ? "" : text.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException ex) {
            problems.add(what + ": '" + t + "' is not a whole number");
            return null;
        }
    }

    private static Double number(String what, String text, List<String> problems) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || t.endsWith("d") || t.endsWith("f")) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException ex) {
            problems.add(what + ": '" + t + "' is not a number (write 0.001 or 1e-3)");
            return null;
        }
    }
}
