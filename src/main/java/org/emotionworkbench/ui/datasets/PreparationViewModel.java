package org.emotionworkbench.ui.datasets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.DataSources;
import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.FillMode;
import org.emotionworkbench.training.Balancing;
import org.emotionworkbench.ui.DataPreparation;
import org.emotionworkbench.ui.WorkbenchContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The preparation controls, editing the context's {@link DataPreparation} (the Training screen uses it): every valid
 * edit is written to the context at once; an invalid one gets a message and the context keeps the last valid
 * preparation. Changes made elsewhere to the context show in the fields. The augmentation ranges are kept while
 * augmentation is off, and {@link #rangesProperty()} always holds the last valid ranges (for the preview).
 */
public final class PreparationViewModel {
    private final ObjectProperty<DataPreparation> target;
    private final StringProperty validationFraction = new SimpleStringProperty();
    private final BooleanProperty consolidate = new SimpleBooleanProperty();
    private final ObjectProperty<Balancing> balancing = new SimpleObjectProperty<>(Balancing.NONE);
    private final BooleanProperty excludeDuplicates = new SimpleBooleanProperty();
    private final StringProperty testSpec = new SimpleStringProperty("");
    private final BooleanProperty augment = new SimpleBooleanProperty();
    private final StringProperty rotation = new SimpleStringProperty();
    private final StringProperty zoom = new SimpleStringProperty();
    private final StringProperty widthShift = new SimpleStringProperty();
    private final StringProperty heightShift = new SimpleStringProperty();
    private final StringProperty shear = new SimpleStringProperty();
    private final BooleanProperty horizontalFlip = new SimpleBooleanProperty();
    private final BooleanProperty verticalFlip = new SimpleBooleanProperty();
    private final ObjectProperty<FillMode> fillMode = new SimpleObjectProperty<>(FillMode.NEAREST);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AugmentationOptions> ranges = new ReadOnlyObjectWrapper<>(AugmentationOptions.pisa());
    private boolean updating;

    public PreparationViewModel(WorkbenchContext context) {
        this(context.preparationProperty());
    }

    /** Edits {@code target} (the context's preparation in the app). */
    public PreparationViewModel(ObjectProperty<DataPreparation> target) {
        this.target = target;
        showRanges(AugmentationOptions.pisa());
        show(target.get());
        for (ObservableValue<?> v : List.of(validationFraction, consolidate, balancing, excludeDuplicates, testSpec,
                augment, rotation, zoom, widthShift, heightShift, shear, horizontalFlip, verticalFlip, fillMode)) {
            v.addListener((o, a, b) -> push());
        }
        target.addListener((o, a, p) -> {
            if (!updating && p != null) {
                show(p);
            }
        });
    }

    /** Shows a preparation in the fields (ranges stay as they are when it has no augmentation). */
    private void show(DataPreparation p) {
        updating = true;
        try {
            validationFraction.set(number(p.validationFraction()));
            consolidate.set(p.consolidate());
            balancing.set(p.balancing());
            excludeDuplicates.set(p.excludeTestDuplicates());
            testSpec.set(p.testSpec() == null ? "" : p.testSpec());
            augment.set(p.augmentation() != null);
            if (p.augmentation() != null) {
                showRanges(p.augmentation());
            }
        } finally {
            updating = false;
        }
        push();
    }

    private void showRanges(AugmentationOptions a) {
        boolean was = updating;
        updating = true;
        try {
            rotation.set(number(a.rotationRange()));
            zoom.set(number(a.zoomRange()));
            widthShift.set(number(a.widthShiftRange()));
            heightShift.set(number(a.heightShiftRange()));
            shear.set(number(a.shearRange()));
            horizontalFlip.set(a.horizontalFlip());
            verticalFlip.set(a.verticalFlip());
            fillMode.set(a.fillMode());
        } finally {
            updating = was;
        }
    }

    /** The Pisa report's augmentation: rotation 10, zoom 0.15, shifts 0.1, shear 0.15, no flips; turns it on. */
    public void applyPisaPreset() {
        updating = true;
        try {
            showRanges(AugmentationOptions.pisa());
            augment.set(true);
        } finally {
            updating = false;
        }
        push();
    }

    /** Checks the fields; writes a valid preparation to the target, else says what is wrong. */
    private void push() {
        if (updating) {
            return;
        }
        List<String> problems = new ArrayList<>();
        List<String> rangeProblems = new ArrayList<>();
        Double fraction = parse("Validation fraction", validationFraction.get(), problems);
        AugmentationOptions a = null;
        Double rot = parse("Rotation", rotation.get(), rangeProblems);
        Double zm = parse("Zoom", zoom.get(), rangeProblems);
        Double ws = parse("Width shift", widthShift.get(), rangeProblems);
        Double hs = parse("Height shift", heightShift.get(), rangeProblems);
        Double sh = parse("Shear", shear.get(), rangeProblems);
        if (rangeProblems.isEmpty()) {
            try {
                a = new AugmentationOptions(rot, zm, ws, hs, sh, horizontalFlip.get(), verticalFlip.get(),
                        fillMode.get() == null ? FillMode.NEAREST : fillMode.get(), 0f);
                ranges.set(a);
            } catch (IllegalArgumentException e) {
                rangeProblems.add("Augmentation: " + e.getMessage());
            }
        }
        if (augment.get()) {
            problems.addAll(rangeProblems);
        }
        String test = testSpec.get() == null ? "" : testSpec.get().strip();
        if (!test.isEmpty()) {
            try {
                DataSources.kind(test);
            } catch (DatasetException | IllegalArgumentException e) {
                problems.add("Test set: " + e.getMessage());
            }
        }
        DataPreparation p = null;
        if (fraction != null) {
            try {
                p = new DataPreparation(fraction, consolidate.get(), balancing.get(), augment.get() ? a : null,
                        excludeDuplicates.get(), test);
            } catch (IllegalArgumentException e) {
                problems.add("Validation fraction: " + e.getMessage());
            }
        }
        if (problems.isEmpty() && p != null) {
            message.set(rangeProblems.isEmpty() ? ""
                    : String.join("\n", rangeProblems) + "\n(Augmentation is off, so this does not matter for training yet.)");
            updating = true;
            try {
                target.set(p);
            } finally {
                updating = false;
            }
        } else {
            message.set(String.join("\n", problems) + "\nTraining uses the last valid settings until this is fixed.");
        }
    }

    private static Double parse(String what, String text, List<String> problems) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            problems.add(what + ": enter a number");
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(what + ": '" + text.strip() + "' is not a number");
            return null;
        }
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    /** Every problem with the fields, one a line; blank when the preparation is valid. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last valid augmentation ranges, whether or not augmentation is on. */
    public ReadOnlyObjectProperty<AugmentationOptions> rangesProperty() {
        return ranges.getReadOnlyProperty();
    }

    public StringProperty validationFractionProperty() {
        return validationFraction;
    }

    public BooleanProperty consolidateProperty() {
        return consolidate;
    }

    public ObjectProperty<Balancing> balancingProperty() {
        return balancing;
    }

    public BooleanProperty excludeDuplicatesProperty() {
        return excludeDuplicates;
    }

    public StringProperty testSpecProperty() {
        return testSpec;
    }

    public BooleanProperty augmentProperty() {
        return augment;
    }

    public StringProperty rotationProperty() {
        return rotation;
    }

    public StringProperty zoomProperty() {
        return zoom;
    }

    public StringProperty widthShiftProperty() {
        return widthShift;
    }

    public StringProperty heightShiftProperty() {
        return heightShift;
    }

    public StringProperty shearProperty() {
        return shear;
    }

    public BooleanProperty horizontalFlipProperty() {
        return horizontalFlip;
    }

    public BooleanProperty verticalFlipProperty() {
        return verticalFlip;
    }

    public ObjectProperty<FillMode> fillModeProperty() {
        return fillMode;
    }
}
