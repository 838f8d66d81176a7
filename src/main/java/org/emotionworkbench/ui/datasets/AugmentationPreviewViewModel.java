package org.emotionworkbench.ui.datasets;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.dataset.AugmentationOptions;
import org.emotionworkbench.dataset.Augmenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * The Augmentation tab: one face and {@value #COUNT} random augmentations of it made by the engine's
 * {@link Augmenter} with the current ranges; Reshuffle draws new ones. (Twelve 48×48 transforms take well under a
 * millisecond, so they are made on the spot.)
 */
public final class AugmentationPreviewViewModel {
    public static final int COUNT = 12;

    private final ObjectProperty<FaceItem> face = new SimpleObjectProperty<>();
    private final ObjectProperty<AugmentationOptions> options = new SimpleObjectProperty<>(AugmentationOptions.pisa());
    private final ObservableList<float[]> images = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final LongSupplier seeds;
    private long seed;

    public AugmentationPreviewViewModel() {
        this(() -> new SplittableRandom().nextLong());
    }

    /** {@code seeds} gives the seed of each shuffle (fixed in tests). */
    public AugmentationPreviewViewModel(LongSupplier seeds) {
        this.seeds = seeds;
        this.seed = seeds.getAsLong();
        face.addListener((o, a, b) -> refresh());
        options.addListener((o, a, b) -> refresh());
    }

    /** New random augmentations of the same face. */
    public void reshuffle() {
        seed = seeds.getAsLong();
        refresh();
    }

    private void refresh() {
        FaceItem f = face.get();
        AugmentationOptions o = options.get();
        if (f == null || o == null) {
            images.clear();
            description.set(f == null ? "Choose a face on the Faces tab (or pick a random one)." : "");
            return;
        }
        Augmenter augmenter = new Augmenter(o);
        SplittableRandom rng = new SplittableRandom(seed);
        List<float[]> out = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            out.add(augmenter.augment(f.sample().pixels(), rng));
        }
        images.setAll(out);
        description.set(describe(o) + "\n" + f.describe());
    }

    static String describe(AugmentationOptions o) {
        if (o.isIdentity()) {
            return "All ranges are 0: every copy equals the original.";
        }
        return String.format(Locale.ROOT, "rotation ±%s°, zoom ±%s, width shift ±%s, height shift ±%s, shear ±%s°%s%s, fill %s",
                PreparationViewModel.number(o.rotationRange()), PreparationViewModel.number(o.zoomRange()),
                PreparationViewModel.number(o.widthShiftRange()), PreparationViewModel.number(o.heightShiftRange()),
                PreparationViewModel.number(o.shearRange()), o.horizontalFlip() ? ", left-right flips" : "",
                o.verticalFlip() ? ", up-down flips" : "", o.fillMode().kerasName());
    }

    public ObjectProperty<FaceItem> faceProperty() {
        return face;
    }

    public ObjectProperty<AugmentationOptions> optionsProperty() {
        return options;
    }

    /** The augmented copies, {@value #COUNT} of them (empty without a face). */
    public ObservableList<float[]> images() {
        return images;
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }
}
