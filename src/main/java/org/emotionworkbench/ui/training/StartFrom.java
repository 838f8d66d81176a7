package org.emotionworkbench.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.PixelScaling;
import org.emotionworkbench.model.keras.KerasImport;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.transfer.FineTuning;
import org.emotionworkbench.transfer.HeadSpec;
import org.emotionworkbench.transfer.TransferSettings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Training screen's "Start from" choice: the Model screen's network (trained from scratch, the default) or a run
 * folder / model file to fine-tune ({@code train --from}, {@link FineTuning}): its path, what to freeze, a new head
 * and, for a Keras or DL4J file, the class order of its outputs and its pixel range (as the CLI's
 * {@code --classes} and {@code --pixel-range}). Typed text, checked cheaply (no model is opened until Start).
 */
public final class StartFrom {
    /** Where a run starts. */
    public enum Source {
        MODEL_SCREEN("the Model screen's network"),
        PARENT("a run or model file");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The fine-tuning to do (null when the run starts from the Model screen's network), or why it cannot be. */
    public record Validated(FineTuning.Request request, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** The pixel ranges the CLI knows by name ({@code --pixel-range}). */
    public static final List<String> PIXEL_RANGES = List.of("0,1", "-1,1");
    /** Named class orders ({@code --classes}); a comma list of emotions may be typed too. */
    public static final List<String> CLASS_ORDERS = List.of("", "fer2013", "kdef", "alphabetical");

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.MODEL_SCREEN);
    private final StringProperty path = new SimpleStringProperty("");
    private final StringProperty freeze = new SimpleStringProperty("");
    private final StringProperty head = new SimpleStringProperty("");
    private final StringProperty classes = new SimpleStringProperty("");
    private final StringProperty pixelRange = new SimpleStringProperty("0,1");
    private final ObjectBinding<Validated> validated;
    private final BooleanBinding fromParent;
    private final BooleanBinding isModelFile;

    public StartFrom() {
        validated = Bindings.createObjectBinding(this::validate, source, path, freeze, head, classes, pixelRange);
        fromParent = Bindings.createBooleanBinding(() -> source.get() == Source.PARENT, source);
        isModelFile = Bindings.createBooleanBinding(() -> modelFile(path.get()), path);
    }

    /** Whether the text names a model file (.h5/.hdf5/.zip) rather than a run folder. */
    static boolean modelFile(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return t.endsWith(".h5") || t.endsWith(".hdf5") || t.endsWith(".zip");
    }

    Validated validate() {
        if (source.get() != Source.PARENT) {
            return new Validated(null, List.of());
        }
        List<String> problems = new ArrayList<>();
        String p = path.get() == null ? "" : path.get().trim();
        Path from = null;
        boolean file = false;
        if (p.isEmpty()) {
            problems.add("Start from: choose a run of the workspace, or a .h5 / .zip model file (Browse…).");
        } else {
            try {
                from = Path.of(p).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                problems.add("Start from: '" + p + "' is not a path.");
            }
        }
        if (from != null) {
            if (Files.isDirectory(from)) {
                if (!Files.isRegularFile(from.resolve(RunFolder.MODEL))) {
                    problems.add("Start from: " + from + " is not a run folder with a model (" + RunFolder.MODEL
                            + " is missing).");
                }
            } else if (!Files.isRegularFile(from)) {
                problems.add("Start from: no such run folder or model file: " + from);
            } else if (!modelFile(p)) {
                problems.add("Start from: " + from.getFileName() + " is not a Keras .h5/.hdf5 file or a DL4J model .zip.");
            } else {
                file = true;
            }
        }
        HeadSpec headSpec = null;
        String h = head.get() == null ? "" : head.get().trim();
        if (!h.isEmpty()) {
            try {
                headSpec = HeadSpec.parse(h);
            } catch (IllegalArgumentException e) {
                problems.add("Head: " + e.getMessage().replace("--head ", ""));
            }
        }
        String f = freeze.get() == null ? "" : freeze.get().trim();
        if (f.startsWith("-")) {
            problems.add("Freeze: give a layer name or a number of layers, not '" + f + "'.");
        }
        ClassOrder order = null;
        PixelScaling scaling = PixelScaling.UNIT;
        if (file) {
            String c = classes.get() == null ? "" : classes.get().trim();
            if (!c.isEmpty()) {
                try {
                    order = ClassOrder.parse(c);
                } catch (IllegalArgumentException e) {
                    problems.add("Class order: " + e.getMessage());
                }
            } else if (h.isEmpty()) {
                problems.add("Class order: say what the file's outputs are (fer2013, kdef, alphabetical or a list), "
                        + "or give a new head.");
            }
            try {
                scaling = PixelScaling.ofRange(pixelRange.get() == null ? "0,1" : pixelRange.get());
            } catch (IllegalArgumentException e) {
                problems.add("Pixel range: use 0,1 or -1,1.");
            }
        }
        if (!problems.isEmpty()) {
            return new Validated(null, problems);
        }
        TransferSettings settings = new TransferSettings(f, h.isEmpty() ? null : headSpec, null);
        return new Validated(new FineTuning.Request(from, new KerasImport.Options(order, scaling, null), settings),
                List.of());
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** A run folder or a .h5/.hdf5/.zip model file. */
    public StringProperty pathProperty() {
        return path;
    }

    /** A layer name (it and every layer before it) or a count of layers; blank freezes nothing. */
    public StringProperty freezeProperty() {
        return freeze;
    }

    /** A head spec ("dense:256,dropout:0.5"); blank keeps the model's own output. */
    public StringProperty headProperty() {
        return head;
    }

    /** For a model file: what its outputs are (fer2013, kdef, alphabetical or a list of emotions). */
    public StringProperty classesProperty() {
        return classes;
    }

    /** For a model file: "0,1" or "-1,1". */
    public StringProperty pixelRangeProperty() {
        return pixelRange;
    }

    public ObjectBinding<Validated> validatedProperty() {
        return validated;
    }

    /** True when the run fine-tunes a run or model file. */
    public BooleanBinding fromParentProperty() {
        return fromParent;
    }

    /** True when the path names a model file (the class order and pixel range apply). */
    public BooleanBinding modelFileProperty() {
        return isModelFile;
    }
}
