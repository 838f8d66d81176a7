package org.emotionworkbench.ui.lessons;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emotionworkbench.ui.common.UiScale;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Help → Lessons: the lesson list, the instructor text and data of the selected one, and Prepare and run. Thin. */
public final class LessonsWindow extends BorderPane {
    private final LessonsViewModel vm;

    public LessonsWindow(LessonsViewModel vm) {
        this.vm = vm;
        setId("lessons-window");
        setPadding(new Insets(10));

        ListView<LessonItem> list = new ListView<>(vm.lessons());
        list.setId("lesson-list");
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        list.setPrefWidth(320);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(LessonItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.lesson().title() + "\n" + item.lesson().duration()
                        + (item.dataFound() ? "" : " · data missing") + " · " + item.lesson().summary());
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        TextArea text = new TextArea();
        text.setId("lesson-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(vm.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Label data = new Label();
        data.setId("lesson-data");
        data.setWrapText(true);
        data.textProperty().bind(vm.dataProperty());

        TextField root = new TextField();
        root.setId("lesson-datasets");
        root.textProperty().bindBidirectional(vm.datasetsRootProperty());
        HBox.setHgrow(root, Priority.ALWAYS);
        Button browse = new Button("Folder…");
        browse.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Folder holding the datasets (fer2013/, synthetic/, real/)");
            Path current = Path.of(root.getText().isBlank() ? "." : root.getText());
            if (Files.isDirectory(current)) {
                c.setInitialDirectory(current.toFile());
            }
            File f = c.showDialog(getScene().getWindow());
            if (f != null) {
                root.setText(f.getAbsolutePath());
            }
        });
        HBox rootRow = new HBox(6, new Label("Datasets folder"), root, browse);

        Label message = new Label();
        message.setId("lesson-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button run = new Button("Prepare and run");
        run.setId("lesson-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.preparingProperty());
        run.setOnAction(e -> vm.prepare());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        HBox buttons = new HBox(8, run, close);

        VBox right = new VBox(8, text, data, rootRow, message, buttons);
        right.setPadding(new Insets(0, 0, 0, 10));
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.34);
        setCenter(split);
    }

    public LessonsViewModel viewModel() {
        return vm;
    }

    /** Shows the lessons in their own window over {@code owner}, at the window's zoom level. */
    public static Stage show(Window owner, LessonsViewModel vm, UiScale scale) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Lessons");
        LessonsWindow root = new LessonsWindow(vm);
        root.styleProperty().bind(scale.rootStyleBinding());
        Scene scene = new Scene(root, 1000, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        vm.preparedProperty().addListener((o, a, p) -> {
            if (p != null) {
                stage.close(); // the lesson goes on in the main window
            }
        });
        stage.show();
        return stage;
    }
}
