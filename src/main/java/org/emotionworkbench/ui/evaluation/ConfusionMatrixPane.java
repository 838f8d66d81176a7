package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.ui.common.NodeExport;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.emotionworkbench.dataset.Emotion;

import java.util.Locale;

/**
 * The confusion matrix as a heatmap of cells: rows = true class, columns = predicted class, darker = more. Each
 * cell ({@code #cell-<true>-<predicted>}) opens its gallery when clicked; the chosen cell has a dark frame.
 */
final class ConfusionMatrixPane extends GridPane {
    private static final Color LOW = Color.web("#f7fbff");
    private static final Color HIGH = Color.web("#08306b");
    /** Font sizes in em, so that they follow presentation mode. */
    private static final String HEADER_STYLE = "-fx-font-weight: bold; -fx-font-size: 0.92em;";
    /** 62 × 40 px at 100 %, in em so that the cells grow with presentation mode. */
    private static final String CELL_SIZE = "-fx-min-width: 4.8em; -fx-pref-width: 4.8em; "
            + "-fx-min-height: 3.1em; -fx-pref-height: 3.1em;";
    private final EvaluationViewModel vm;

    ConfusionMatrixPane(EvaluationViewModel vm) {
        this.vm = vm;
        setId("confusion-matrix");
        NodeExport.install(this, "confusion-matrix");
        setHgap(2);
        setVgap(2);
        setPadding(new Insets(4));
        vm.displayProperty().addListener((o, a, d) -> rebuild());
        vm.modeProperty().addListener((o, a, m) -> rebuild());
        vm.selectedCellProperty().addListener((o, a, c) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        ConfusionDisplay d = vm.displayProperty().get();
        if (d == null) {
            Label none = new Label("No confusion matrix: this run has no evaluation to show.");
            none.getStyleClass().add("hint");
            add(none, 0, 0);
            return;
        }
        ConfusionDisplay.Mode mode = vm.modeProperty().get();
        Label axis = new Label("predicted class \u2192");
        axis.getStyleClass().add("hint");
        add(axis, 1, 0, d.classes().size(), 1);
        GridPane.setHalignment(axis, HPos.CENTER);
        Label corner = new Label("true \u2193");
        corner.getStyleClass().add("hint");
        add(corner, 0, 1);
        for (int p = 0; p < d.classes().size(); p++) {
            Label h = new Label(d.classes().get(p).label());
            h.setStyle(HEADER_STYLE + " -fx-min-width: 5.2em;");
            h.setAlignment(Pos.CENTER);
            add(h, p + 1, 1);
        }
        for (int t = 0; t < d.classes().size(); t++) {
            Emotion truth = d.classes().get(t);
            Label h = new Label(truth.label() + " (" + d.support(truth) + ")");
            h.setStyle(HEADER_STYLE);
            h.setTooltip(new Tooltip(d.support(truth) + " faces are truly " + truth.label()));
            h.setMinWidth(Region.USE_PREF_SIZE);
            add(h, 0, t + 2);
            for (int p = 0; p < d.classes().size(); p++) {
                add(cell(d, d.cell(truth, d.classes().get(p), mode)), p + 1, t + 2);
            }
        }
    }

    private StackPane cell(ConfusionDisplay d, ConfusionDisplay.Cell c) {
        Label text = new Label(c.text());
        boolean diagonal = c.key().truth() == c.key().predicted();
        text.setStyle(diagonal ? "-fx-font-weight: bold;" : "");
        text.setTextFill(c.intensity() > 0.5 ? Color.WHITE : Color.web("#1a1a1a"));
        StackPane cell = new StackPane(text);
        cell.setId(c.key().nodeId());
        cell.getStyleClass().add("confusion-cell");
        cell.setStyle(CELL_SIZE);
        cell.setBackground(new Background(new BackgroundFill(LOW.interpolate(HIGH, c.intensity()), new CornerRadii(3), Insets.EMPTY)));
        if (c.key().equals(vm.selectedCellProperty().get())) {
            cell.setBorder(new Border(new BorderStroke(Color.web("#ff6f00"), BorderStrokeStyle.SOLID, new CornerRadii(3),
                    new BorderWidths(3))));
        }
        int support = d.support(c.key().truth());
        cell.setCursor(Cursor.HAND);
        Tooltip.install(cell, new Tooltip(String.format(Locale.ROOT, "%d %s faces predicted as %s (%.0f%% of the %d %s faces)%n"
                        + "Click to see them.", c.count(), c.key().truth(), c.key().predicted(),
                support == 0 ? 0.0 : 100.0 * c.count() / support, support, c.key().truth())));
        cell.setOnMouseClicked(e -> vm.openCell(c.key()));
        return cell;
    }
}
