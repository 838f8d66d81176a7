package org.emotionworkbench.ui.evaluation;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run chooser on screen (with its skin, whose popup list clears the value when the items are replaced) while
 * the run list is rescanned: a rescan makes new {@link RunEntry} instances of the same folders, as
 * {@code RunsRepository.refresh()} does.
 */
@ExtendWith(ApplicationExtension.class)
class RunChooserTest {
    private final ObservableList<RunEntry> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunEntry> run = new SimpleObjectProperty<>();
    private ComboBox<RunEntry> box;

    private static RunEntry entry(String name, long modified, boolean evaluated) {
        return new RunEntry(Path.of("/ws/runs", name), name, name, null, evaluated, true, FileTime.fromMillis(modified), null);
    }

    /** What a rescan of an unchanged workspace gives: equal entries, new instances. */
    private static List<RunEntry> rescan(List<RunEntry> old) {
        return old.stream().map(r -> new RunEntry(r.dir(), r.name(), r.label(), r.config(), r.evaluated(), r.hasModel(),
                r.modified(), r.problem())).toList();
    }

    @Start
    void start(Stage stage) {
        runs.setAll(entry("newer", 2000, true), entry("older", 1000, true));
        box = RunChooser.create("chooser", runs, run);
        stage.setScene(new Scene(new HBox(box), 400, 100));
        stage.show();
    }

    @Test
    void theChosenRunStaysShownThroughRescans(FxRobot robot) {
        RunEntry older = runs.get(1);
        robot.interact(() -> run.set(older));
        assertSame(older, box.getValue());
        for (int i = 0; i < 3; i++) { // the second one used to empty the box (its popup list lost its selection)
            robot.interact(() -> runs.setAll(rescan(runs)));
            assertNotNull(box.getValue(), "rescan " + i + " emptied the box although a run is chosen");
            assertEquals(older.dir(), box.getValue().dir());
            assertEquals(1, box.getSelectionModel().getSelectedIndex());
            assertSame(older, run.get(), "a rescan is not a choice: the property is left alone");
        }
        assertSame(runs.get(1), box.getValue(), "the box shows the list's own entry of the run");
        // setting the property to the rescanned (equal) entry, as the Explain screen does, still shows it
        robot.interact(() -> run.set(runs.get(1)));
        assertSame(runs.get(1), box.getValue());
    }

    @Test
    void aRescanShowsTheRunsFreshEntryAndANewRunAtTheTop(FxRobot robot) {
        RunEntry older = runs.get(1);
        robot.interact(() -> run.set(older));
        RunEntry evaluatedAgain = entry("older", 3000, true);
        robot.interact(() -> runs.setAll(entry("newest", 4000, false), evaluatedAgain, rescan(runs).get(0)));
        assertSame(evaluatedAgain, box.getValue(), "the same folder, as listed now");
        assertEquals(1, box.getSelectionModel().getSelectedIndex());
        assertSame(older, run.get());
    }

    @Test
    void aRunThatLeftTheListIsStillShown(FxRobot robot) {
        RunEntry older = runs.get(1);
        robot.interact(() -> run.set(older));
        robot.interact(() -> runs.setAll(rescan(runs.subList(0, 1))));
        assertSame(older, box.getValue());
        assertSame(older, run.get());
    }

    @Test
    void choosingInTheBoxSetsTheRunAndClearingTheRunEmptiesTheBox(FxRobot robot) {
        robot.interact(() -> box.getSelectionModel().select(0));
        assertSame(runs.get(0), run.get());
        robot.interact(() -> runs.setAll(rescan(runs)));
        robot.interact(() -> box.getSelectionModel().select(1));
        assertSame(runs.get(1), run.get());
        robot.interact(() -> run.set(null));
        assertNull(box.getValue());
        robot.interact(() -> runs.setAll(rescan(runs)));
        assertNull(box.getValue());
        assertNull(run.get(), "the chooser never chooses by itself");
        assertTrue(box.getItems().containsAll(runs));
    }

    @Test
    void theBoxShowsTheRunsLabelAndTheTooltipItsFolder(FxRobot robot) {
        RunEntry labelled = new RunEntry(Path.of("/ws/runs/tiny-data-20260101-101010"), "tiny-data-20260101-101010",
                "fer2013 · tiny · s42", null, true, true, FileTime.fromMillis(5000), null);
        robot.interact(() -> {
            runs.setAll(labelled, runs.get(0));
            run.set(labelled);
        });
        ListCell<RunEntry> shown = box.getButtonCell();
        assertEquals("fer2013 · tiny · s42", shown.getText());
        assertTrue(shown.getTooltip().getText().contains("/ws/runs/tiny-data-20260101-101010"),
                shown.getTooltip().getText());
        assertEquals(OverrunStyle.CENTER_ELLIPSIS, shown.getTextOverrun(), "a cut keeps the seed at the end in view");
    }

    @Test
    void aDamagedRunIsListedAsUnreadableWithTheReasonInItsTooltip() {
        RunEntry broken = new RunEntry(Path.of("/ws/runs/cut-short"), "cut-short", "cut-short", null, false, false,
                FileTime.fromMillis(1), "config.json cannot be read: Unexpected end-of-input");
        assertEquals("cut-short (unreadable)", RunChooser.label(broken));
        assertTrue(RunChooser.tooltip(broken).endsWith("config.json cannot be read: Unexpected end-of-input"));
    }
}
