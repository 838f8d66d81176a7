package org.emotionworkbench.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.emotionworkbench.ui.common.UiScale;

/**
 * View menu: zoom in, out and back to 100 % (Ctrl+Plus, Ctrl+Minus, Ctrl+0), and one entry a zoom level with the
 * current one checked; its title shows the current percentage.
 */
final class ZoomMenu extends Menu {
    ZoomMenu(UiScale scale) {
        setId("menu-view");
        textProperty().bind(Bindings.createStringBinding(
                () -> scale.percent() == 100 ? "View" : "View (" + scale.percent() + " %)", scale.percentProperty()));
        MenuItem in = new MenuItem("Zoom in");
        in.setId("menu-zoom-in");
        in.setAccelerator(KeyCombination.keyCombination("Shortcut+Plus"));
        in.setOnAction(e -> scale.zoomIn());
        in.disableProperty().bind(Bindings.createBooleanBinding(() -> !scale.canZoomIn(), scale.percentProperty()));
        MenuItem out = new MenuItem("Zoom out");
        out.setId("menu-zoom-out");
        out.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        out.setOnAction(e -> scale.zoomOut());
        out.disableProperty().bind(Bindings.createBooleanBinding(() -> !scale.canZoomOut(), scale.percentProperty()));
        MenuItem actual = new MenuItem("Actual size (100 %)");
        actual.setId("menu-zoom-reset");
        actual.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        actual.setOnAction(e -> scale.reset());
        getItems().addAll(in, out, actual, new SeparatorMenuItem());

        ToggleGroup levels = new ToggleGroup();
        for (int p : UiScale.STEPS) {
            RadioMenuItem level = new RadioMenuItem(p + " %");
            level.setId("menu-zoom-" + p);
            level.setToggleGroup(levels);
            level.setSelected(p == scale.percent());
            level.setOnAction(e -> scale.set(p));
            getItems().add(level);
        }
        scale.percentProperty().addListener((o, a, p) -> levels.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("menu-zoom-" + p.intValue()))));
    }
}
