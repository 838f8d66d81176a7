package org.emotionworkbench.ui.datasets;

import impl.org.controlsfx.skin.GridViewSkin;
import javafx.scene.Node;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridView;

/** What ControlsFX's GridView lacks: scrolling an item into view. */
final class GridSupport {
    private GridSupport() {
    }

    static <T> void scrollTo(GridView<T> grid, T item) {
        int index = grid.getItems().indexOf(item);
        if (index < 0 || !(grid.getSkin() instanceof GridViewSkin<?> skin)) {
            return;
        }
        int perRow = Math.max(1, skin.computeMaxCellsInRow());
        Node flow = grid.lookup(".virtual-flow");
        if (flow instanceof VirtualFlow<?> vf) {
            int row = index / perRow;
            var first = vf.getFirstVisibleCell();
            var last = vf.getLastVisibleCell();
            if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
                vf.scrollTo(row);
            }
        }
    }
}
