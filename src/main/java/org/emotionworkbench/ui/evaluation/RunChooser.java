package org.emotionworkbench.ui.evaluation;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.emotionworkbench.ui.workspace.RunEntry;

/**
 * A run chooser kept in step with a run property both ways. Unlike a bidirectional binding it never writes null
 * back when the run list is rescanned (a ComboBox clears its value when its items are replaced), and it shows the
 * property's run again afterwards.
 */
public final class RunChooser {
    private RunChooser() {
    }

    public static ComboBox<RunEntry> create(String id, ObservableList<RunEntry> runs, ObjectProperty<RunEntry> run) {
        ComboBox<RunEntry> box = new ComboBox<>(runs);
        box.setId(id);
        box.setPromptText("choose a run");
        box.setPrefWidth(260);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RunEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
                setTooltip(empty || item == null ? null : new Tooltip(item.dir().toString()
                        + (item.problem() != null ? "\n" + item.problem() : "")));
            }
        });
        box.setValue(run.get());
        boolean[] syncing = {false};
        box.valueProperty().addListener((o, a, chosen) -> {
            if (!syncing[0] && chosen != null && !chosen.equals(run.get())) {
                run.set(chosen);
            }
        });
        run.addListener((o, a, r) -> {
            syncing[0] = true;
            try {
                box.setValue(r);
            } finally {
                syncing[0] = false;
            }
        });
        runs.addListener((ListChangeListener<RunEntry>) c -> {
            if (box.getValue() != run.get()) {
                syncing[0] = true;
                try {
                    box.setValue(run.get());
                } finally {
                    syncing[0] = false;
                }
            }
        });
        return box;
    }

    static String label(RunEntry r) {
        String state = !r.hasModel() ? " (no model)" : !r.evaluated() ? " (not evaluated)" : "";
        return r.name() + state;
    }
}
