package org.emotionworkbench.ui.evaluation;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.nio.file.Path;

/**
 * A run chooser kept in step with a run property both ways. Unlike a bidirectional binding it never writes back
 * what the ComboBox does by itself when the run list is rescanned, and it shows the property's run again afterwards.
 * <p>
 * A rescan ({@code RunsRepository.refresh()}) replaces every entry of the list with a new {@link RunEntry}; a
 * ComboBox whose items are all replaced may clear its value (its popup list drops its selection, after every
 * listener of the list registered before the popup was made has run). So the box has its own copy of the list,
 * updated here, and its run is put back once that update is over, matched by folder ({@link RunEntry#dir()}).
 */
public final class RunChooser {
    private RunChooser() {
    }

    public static ComboBox<RunEntry> create(String id, ObservableList<RunEntry> runs, ObjectProperty<RunEntry> run) {
        ObservableList<RunEntry> items = FXCollections.observableArrayList(runs);
        ComboBox<RunEntry> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText("choose a run");
        box.setPrefWidth(320);
        box.setMinWidth(200);
        box.setCellFactory(l -> new RunCell());
        box.setButtonCell(new RunCell());
        boolean[] syncing = {false};
        Runnable show = () -> {
            syncing[0] = true;
            try {
                box.setValue(null); // a value equal to the old one would not reach the button cell
                box.setValue(listed(items, run.get()));
            } finally {
                syncing[0] = false;
            }
        };
        show.run();
        box.valueProperty().addListener((o, a, chosen) -> {
            if (!syncing[0] && chosen != null && !chosen.equals(run.get())) {
                run.set(chosen);
            }
        });
        run.addListener((o, a, r) -> show.run());
        runs.addListener((ListChangeListener<RunEntry>) c -> {
            syncing[0] = true;
            try {
                items.setAll(runs);
            } finally {
                syncing[0] = false;
            }
            show.run();
        });
        return box;
    }

    /** The list's entry of the run's folder; the run itself when the list no longer has it (or null for none). */
    static RunEntry listed(java.util.List<RunEntry> runs, RunEntry run) {
        if (run == null) {
            return null;
        }
        Path dir = run.dir().toAbsolutePath().normalize();
        return runs.stream().filter(r -> r.dir().toAbsolutePath().normalize().equals(dir)).findFirst().orElse(run);
    }

    /** The run's label (distinct in the list) and what it lacks or what is wrong with it (the tooltip says what). */
    static String label(RunEntry r) {
        String state = r.damaged() ? (r.config() == null ? " (unreadable)" : " (damaged)")
                : !r.hasModel() ? " (no model)" : !r.evaluated() ? " (not evaluated)" : "";
        return r.label() + state;
    }

    /** The full label, the folder and any problem: what the tooltip says when the box is too narrow. */
    static String tooltip(RunEntry r) {
        return label(r) + "\n" + r.dir() + (r.problem() != null ? "\n" + r.problem() : "");
    }

    /**
     * A run as a line of the list and in the box: cut in the middle when too long, so the seed and any folder name
     * that tells equal labels apart stay visible; the tooltip has it all.
     */
    private static final class RunCell extends ListCell<RunEntry> {
        RunCell() {
            setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        }

        @Override
        protected void updateItem(RunEntry item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item));
            setTooltip(empty || item == null ? null : new Tooltip(tooltip(item)));
        }
    }
}
