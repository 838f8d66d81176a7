package org.emotionworkbench.ui;

import org.emotionworkbench.ui.common.Stylesheet;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emotionworkbench.ui.common.Glossary;
import org.emotionworkbench.ui.common.GlossaryViewModel;
import org.emotionworkbench.ui.common.UiScale;


/** Help → Glossary: every term with its definition, a filter field on top; drawn at the window's zoom level. */
final class GlossaryWindow extends Stage {
    GlossaryWindow(Window owner, UiScale scale) {
        GlossaryViewModel vm = new GlossaryViewModel(Glossary.entries());
        setTitle("Glossary — " + WorkbenchApp.TITLE);
        initOwner(owner);
        TextField filter = new TextField();
        filter.setId("glossary-filter");
        filter.setPromptText("Filter (e.g. recall, heatmap)");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        ListView<Glossary.Entry> list = new ListView<>(vm.shown());
        list.setId("glossary-list");
        list.setPlaceholder(new Label("No term matches."));
        list.setCellFactory(l -> new EntryCell(l));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox root = new VBox(8, filter, list);
        root.setId("glossary-view");
        root.setPadding(new Insets(10));
        root.styleProperty().bind(scale.rootStyleBinding());
        Scene scene = new Scene(root, 640, 620);
        scene.getStylesheets().add(Stylesheet.WORKBENCH.url());
        setScene(scene);
    }

    /** The term in bold above its wrapped definition. */
    private static final class EntryCell extends ListCell<Glossary.Entry> {
        private final Label term = new Label();
        private final Label definition = new Label();
        private final VBox box = new VBox(2, term, definition);

        EntryCell(ListView<Glossary.Entry> list) {
            term.getStyleClass().add("glossary-term");
            term.setStyle("-fx-font-weight: bold;");
            definition.setWrapText(true);
            box.prefWidthProperty().bind(list.widthProperty().subtract(40));
            definition.maxWidthProperty().bind(box.prefWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Glossary.Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
            } else {
                term.setText(e.term());
                definition.setText(e.definition());
                setGraphic(box);
            }
        }
    }
}
