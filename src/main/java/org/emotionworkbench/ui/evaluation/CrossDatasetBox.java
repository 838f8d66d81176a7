package org.emotionworkbench.ui.evaluation;

import org.emotionworkbench.ui.common.Hints;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;

/** "Evaluate on another dataset": a dataset path, Browse, Evaluate (in the background), and the outcome. */
final class CrossDatasetBox extends TitledPane {
    CrossDatasetBox(CrossDatasetViewModel vm) {
        setText("Evaluate on another dataset (cross-dataset test)");
        setId("cross-dataset");
        setExpanded(false);
        TextField path = new TextField();
        path.setId("cross-data");
        path.setPromptText("dataset folder, FER2013 CSV or manifest");
        path.textProperty().bindBidirectional(vm.dataPathProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button folder = new Button("Folder…");
        folder.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Dataset folder to evaluate on");
            File f = c.showDialog(getScene().getWindow());
            if (f != null) {
                vm.dataPathProperty().set(f.getAbsolutePath());
            }
        });
        Button file = new Button("File…");
        file.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle("FER2013 CSV or manifest to evaluate on");
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV or manifest", "*.csv", "*.json"));
            File f = c.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.dataPathProperty().set(f.getAbsolutePath());
            }
        });
        CheckBox replace = new CheckBox("Replace");
        replace.setId("cross-overwrite");
        replace.setTooltip(new Tooltip("Redo an earlier evaluation of a dataset with the same name."));
        replace.selectedProperty().bindBidirectional(vm.overwriteProperty());
        CheckBox shared = new CheckBox("Shared classes only");
        shared.setId("cross-shared-classes");
        shared.setTooltip(new Tooltip("Score only the faces whose class the run was trained on and predict among the "
                + "classes the run's training data and this dataset share (a model trained on 5 classes tested on 7, "
                + "say). The report names the classes used."));
        shared.selectedProperty().bindBidirectional(vm.sharedClassesOnlyProperty());
        Button run = new Button("Evaluate");
        run.setId("cross-evaluate");
        run.setDefaultButton(false);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.evaluate());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label message = new Label();
        message.setId("cross-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        vm.messageErrorProperty().addListener((o, a, err) -> message.getStyleClass().setAll(err ? "error-text" : "label"));
        Label hint = Hints.paragraph("Tests the selected run's model on a dataset it was not trained on (its test split, or "
                + "all of it without one). The reports are saved in the run's evaluations folder and appear under "
                + "\"Evaluated on\".");
        VBox box = new VBox(6, hint, new HBox(6, path, folder, file), new HBox(8, run, shared, replace, cancel), message);
        box.setPadding(new Insets(6));
        setContent(box);
    }
}
