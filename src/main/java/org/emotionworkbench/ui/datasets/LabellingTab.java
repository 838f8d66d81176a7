package org.emotionworkbench.ui.datasets;

import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.GridView;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.util.function.Consumer;

/** Labelling tab: faces of an unlabelled folder; keys 1–7 label the selected one; a run can suggest labels. */
final class LabellingTab extends BorderPane {
    LabellingTab(LabellingViewModel vm, javafx.collections.ObservableList<RunEntry> runs,
                 Consumer<OpenDatasetViewModel.Request> openLabelled) {
        TextField folder = Controls.field("labelling-folder", "folder of images without class folders");
        folder.textProperty().bindBidirectional(vm.imagesFolderProperty());
        TextField csv = Controls.field("labelling-csv", "labels CSV (default: in the workspace's datasets folder)");
        csv.textProperty().bindBidirectional(vm.labelsFileProperty());
        Controls.tip(csv, "Read first if it exists (every row is kept); your labels are saved into it as source=human.");
        Button load = new Button("Load faces");
        load.setId("labelling-load");
        load.setOnAction(e -> vm.load());
        load.disableProperty().bind(vm.busyProperty());

        ComboBox<RunEntry> run = new ComboBox<>(new FilteredList<>(runs, RunEntry::hasModel));
        run.setId("labelling-run");
        run.setPromptText("a run with a model");
        run.valueProperty().bindBidirectional(vm.runProperty());
        TextField min = Controls.field("labelling-min-confidence", "0.5");
        min.setPrefColumnCount(4);
        min.textProperty().bindBidirectional(vm.minConfidenceProperty());
        Controls.tip(min, "Suggestions whose top probability is below this are marked for review (shown first).");
        Button suggest = new Button("Suggest labels");
        suggest.setId("labelling-suggest");
        suggest.setOnAction(e -> vm.suggest());
        suggest.disableProperty().bind(vm.busyProperty());
        Controls.tip(suggest, "The run's model predicts a class and confidence for every face. Suggestions never "
                + "replace your own labels.");

        ChoiceBox<LabellingViewModel.Order> order = new ChoiceBox<>();
        order.setId("labelling-order");
        order.getItems().setAll(LabellingViewModel.Order.values());
        order.valueProperty().bindBidirectional(vm.orderProperty());
        CheckBox autosave = new CheckBox("Save after each label");
        autosave.setId("labelling-autosave");
        autosave.selectedProperty().bindBidirectional(vm.autosaveProperty());
        Button save = new Button("Save labels");
        save.setId("labelling-save");
        save.setOnAction(e -> vm.save());
        Button open = new Button("Open as dataset");
        open.setId("labelling-open");
        open.setOnAction(e -> vm.labelledDataset().ifPresent(openLabelled));
        Controls.tip(open, "Opens the folder with this labels CSV (human labels and suggestions not awaiting review).");
        Label dirty = new Label("unsaved changes");
        dirty.getStyleClass().add("error-text");
        dirty.visibleProperty().bind(vm.dirtyProperty());
        dirty.managedProperty().bind(vm.dirtyProperty());

        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.addRow(0, new Label("Images"), Controls.row(folder, Controls.browseFolder(folder, "Unlabelled images")), load);
        g.addRow(1, new Label("Labels CSV"), Controls.row(csv, Controls.browseFile(csv, "Labels CSV",
                new FileChooser.ExtensionFilter("Labels CSV", "*.csv"))));
        g.addRow(2, new Label("Suggest with"), new HBox(6, run, new Label("review below"), min, suggest));
        GridPane.setHgrow(g.getChildren().get(1), Priority.ALWAYS);

        Label message = Controls.error("labelling-message");
        message.textProperty().bind(vm.messageProperty());
        Label status = new Label();
        status.setId("labelling-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label saved = Controls.hint("");
        saved.setId("labelling-saved");
        saved.textProperty().bind(vm.savedProperty());
        // a long "Saved <path>" shrinks (whole in its tooltip); the buttons keep their words
        saved.setWrapText(false);
        saved.setMinWidth(0);
        saved.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        saved.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> saved.getText().isEmpty()
                ? null : new javafx.scene.control.Tooltip(saved.getText()), saved.textProperty()));
        HBox.setHgrow(saved, Priority.ALWAYS);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[]{save, open, autosave, order, dirty}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, new Label("Order"), order, autosave, save, dirty, open, saved);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, g, Controls.hint("Click a face, then press 1 angry · 2 disgust · 3 fear · 4 happy · "
                + "5 neutral · 6 sad · 7 surprise (0 or Delete clears; ← → move). ✓ = your label; \"?\" = the model's "
                + "suggestion with its confidence (orange: to review)."), actions, message, status);
        top.setPadding(new Insets(8));

        FaceImageCache cache = new FaceImageCache(FaceImageCache.DEFAULT_CAPACITY);
        GridView<LabelItem> grid = new GridView<>(vm.items());
        grid.setId("labelling-grid");
        grid.setCellWidth(LabelCell.WIDTH);
        grid.setCellHeight(LabelCell.HEIGHT);
        grid.setHorizontalCellSpacing(3);
        grid.setVerticalCellSpacing(3);
        grid.setFocusTraversable(true);
        grid.setCellFactory(gv -> new LabelCell(cache, vm.selectedProperty(), grid::requestFocus));
        grid.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (vm.handleKey(keyName(e))) {
                e.consume();
            }
        });
        vm.selectedProperty().addListener((o, a, item) -> {
            if (item != null) {
                GridSupport.scrollTo(grid, item);
            }
        });
        setTop(top);
        setCenter(grid);
    }

    /** "1".."7" for digit keys (top row or keypad), else the key's name ("DELETE", "LEFT", ...). */
    static String keyName(KeyEvent e) {
        KeyCode c = e.getCode();
        if (c.isDigitKey()) {
            String t = e.getText();
            if (t != null && t.length() == 1 && Character.isDigit(t.charAt(0))) {
                return t;
            }
            String n = c.getName();
            return n.substring(n.length() - 1);
        }
        return c.name();
    }
}
