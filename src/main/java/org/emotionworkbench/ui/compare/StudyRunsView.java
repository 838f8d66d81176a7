package org.emotionworkbench.ui.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.emotionworkbench.study.StudyProgress;

import java.util.Locale;

/** The study's runs and how far each has got: waiting, epoch k of N (with its last val_accuracy), evaluated, done. */
final class StudyRunsView extends TableView<StudyProgress.RunState> {
    StudyRunsView(ObservableList<StudyProgress.RunState> runs) {
        super(runs);
        setId("study-runs-table");
        TableColumn<StudyProgress.RunState, String> run = new TableColumn<>("Run");
        run.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        run.setPrefWidth(210);
        TableColumn<StudyProgress.RunState, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().describe()));
        status.setPrefWidth(230);
        TableColumn<StudyProgress.RunState, String> valAccuracy = new TableColumn<>("Last val. accuracy");
        valAccuracy.setCellValueFactory(c -> new ReadOnlyStringWrapper(Double.isNaN(c.getValue().valAccuracy()) ? ""
                : String.format(Locale.ROOT, "%.3f", c.getValue().valAccuracy())));
        valAccuracy.setPrefWidth(130);
        getColumns().setAll(java.util.List.of(run, status, valAccuracy));
        setPlaceholder(new Label("No study open."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }
}
