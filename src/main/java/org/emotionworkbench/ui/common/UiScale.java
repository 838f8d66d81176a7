package org.emotionworkbench.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.List;
import java.util.Locale;

/**
 * Presentation mode: how large the whole workbench is drawn, in percent of the normal size, one of {@link #STEPS}.
 * The window applies {@link #rootStyleBinding()} to its root node; every stylesheet sizes fonts in em, so text,
 * charts and tables follow.
 */
public final class UiScale {
    /** The zoom levels, smallest first; 100 is the normal size. */
    public static final List<Integer> STEPS = List.of(100, 110, 125, 150, 175, 200);
    /** The root font size at 100 % (as in workbench.css). */
    public static final double BASE_FONT_PX = 13;

    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(100);

    public UiScale(Integer initialPercent) {
        percent.set(nearestStep(initialPercent == null ? 100 : initialPercent));
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public int percent() {
        return percent.get();
    }

    /** Sets the scale to the step nearest to {@code p} (values outside 100–200 are clamped). */
    public void set(int p) {
        percent.set(nearestStep(p));
    }

    public void zoomIn() {
        int i = STEPS.indexOf(percent.get());
        percent.set(STEPS.get(Math.min(STEPS.size() - 1, i + 1)));
    }

    public void zoomOut() {
        int i = STEPS.indexOf(percent.get());
        percent.set(STEPS.get(Math.max(0, i - 1)));
    }

    public void reset() {
        percent.set(100);
    }

    public boolean canZoomIn() {
        return percent.get() < STEPS.get(STEPS.size() - 1);
    }

    public boolean canZoomOut() {
        return percent.get() > STEPS.get(0);
    }

    /** The root font size at the current scale, in pixels. */
    public double fontSizePx() {
        return BASE_FONT_PX * percent.get() / 100.0;
    }

    /** The inline style for the window's root node: its font size, which every em in the stylesheets follows. */
    public StringBinding rootStyleBinding() {
        return Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSizePx()), percent);
    }

    /** "150 %". */
    public StringBinding labelBinding() {
        return Bindings.createStringBinding(() -> percent.get() + " %", percent);
    }

    static int nearestStep(int p) {
        int best = STEPS.get(0);
        for (int s : STEPS) {
            if (Math.abs(s - p) < Math.abs(best - p)) {
                best = s;
            }
        }
        return best;
    }
}
