package org.emotionworkbench.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.NumberExpression;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Control;

import java.util.Locale;

/**
 * Fixed row heights in em, so that lists and tables with fixed rows grow with presentation mode (UiScale), and
 * heights that fit a number of such rows.
 */
public final class RowHeights {
    private RowHeights() {
    }

    /**
     * Gives {@code control} (a ListView or TableView, whose {@code fixedCellSize} is {@code fixedCellSize}) rows of
     * {@code rowEm} em, and a preferred height of {@code rows} rows plus {@code extraRows} (a header); returns that
     * height (to bind the minimum height to, say).
     */
    public static DoubleBinding fit(Control control, DoubleProperty fixedCellSize, double rowEm, NumberExpression rows,
                                    double extraRows) {
        control.setStyle(String.format(Locale.ROOT, "-fx-fixed-cell-size: %.2fem;", rowEm));
        DoubleBinding height = Bindings.createDoubleBinding(
                () -> fixedCellSize.get() * (rows.doubleValue() + extraRows), fixedCellSize, rows);
        control.prefHeightProperty().bind(height);
        return height;
    }

    /** The same for a fixed number of rows. */
    public static DoubleBinding fit(Control control, DoubleProperty fixedCellSize, double rowEm, int rows,
                                    double extraRows) {
        return fit(control, fixedCellSize, rowEm, new javafx.beans.property.SimpleIntegerProperty(rows), extraRows);
    }
}
