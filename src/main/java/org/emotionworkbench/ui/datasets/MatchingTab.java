package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.ui.common.RowHeights;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/** Matching tab: draw per class as many images as a reference has, write the manifest, list the shortfalls. */
final class MatchingTab extends VBox {
    MatchingTab(MatchingViewModel vm, OverviewViewModel overview, Consumer<Path> openManifest) {
        setSpacing(6);
        setPadding(new Insets(8));
        TextField reference = Controls.field("match-reference", "reference: folder, FER2013 .csv or manifest");
        reference.textProperty().bindBidirectional(vm.referenceProperty());
        javafx.scene.control.ComboBox<ComparisonEntry> fromComparison = new javafx.scene.control.ComboBox<>(overview.comparisons());
        fromComparison.setId("match-from-comparison");
        fromComparison.setPromptText("a comparison dataset");
        fromComparison.valueProperty().addListener((o, a, c) -> {
            if (c != null) {
                reference.setText(c.spec());
            }
        });
        Controls.tip(fromComparison, "Use a dataset from the comparison as the reference.");
        ChoiceBox<String> split = new ChoiceBox<>();
        split.setId("match-split");
        split.getItems().setAll(MatchingViewModel.SPLITS);
        split.valueProperty().bindBidirectional(vm.referenceSplitProperty());
        Controls.tip(split, "Which of the reference's splits to count.");
        TextField seed = Controls.field("match-seed", "42");
        seed.setPrefColumnCount(6);
        seed.setMaxWidth(100);
        seed.textProperty().bindBidirectional(vm.seedProperty());
        Controls.tip(seed, "The draw is random but seeded: the same seed gives the same selection.");
        TextField name = Controls.field("match-name", "file name (default: <source>-matched-<reference>-s<seed>)");
        name.textProperty().bindBidirectional(vm.outputNameProperty());
        name.setMaxWidth(520);
        Button run = new Button("Match counts");
        run.setId("match-run");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.run());

        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.addRow(0, new Label("Reference"), Controls.row(reference, Controls.browseFolder(reference, "Reference dataset"),
                Controls.browseFile(reference, "Reference dataset", new FileChooser.ExtensionFilter("CSV or manifest", "*.csv", "*.json")),
                new Label("or"), fromComparison));
        g.addRow(1, new Label("Reference split"), split);
        g.addRow(2, new Label("Seed"), seed);
        g.addRow(3, new Label("Manifest name"), name);
        GridPane.setHgrow(g.getChildren().get(1), Priority.ALWAYS);

        Label message = Controls.error("match-message");
        message.textProperty().bind(vm.messageProperty());
        Label summary = new Label();
        summary.setId("match-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());

        TableView<MatchRow> table = new TableView<>(vm.rows());
        table.setId("match-table");
        table.getColumns().add(column("class", MatchRow::label));
        table.getColumns().add(column("reference", MatchRow::reference));
        table.getColumns().add(column("source has", MatchRow::source));
        table.getColumns().add(drawnColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        RowHeights.fit(table, table.fixedCellSizeProperty(), 1.85, 7, 1.25); // 24 px rows at 100 %
        table.setMaxWidth(520);
        table.setPlaceholder(new Label("No match yet"));

        ListView<String> shortfalls = new ListView<>(vm.shortfalls());
        shortfalls.setId("match-shortfalls");
        shortfalls.setPrefHeight(24 * 7 + 6);
        shortfalls.setMaxWidth(720);
        shortfalls.setPlaceholder(new Label("No shortfalls"));
        Button open = new Button("Open the matched manifest");
        open.setId("match-open");
        open.disableProperty().bind(vm.writtenProperty().isNull());
        open.setOnAction(e -> openManifest.accept(vm.writtenProperty().get()));

        getChildren().addAll(Controls.title("Count matching"),
                Controls.hint("Per class, draws at random (seeded) as many images of the open dataset as the reference "
                        + "has, so a synthetic set can be compared with a real one at the same class sizes. The "
                        + "manifest goes to the workspace's datasets folder; no image is copied."),
                g, new HBox(8, run, open), message, summary, table, new Label("Shortfalls (classes where the source has too few)"),
                shortfalls);
    }

    private static <T> TableColumn<MatchRow, T> column(String title, Function<MatchRow, T> value) {
        TableColumn<MatchRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static TableColumn<MatchRow, String> drawnColumn() {
        TableColumn<MatchRow, String> c = new TableColumn<>("drawn");
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().drawn()
                + (d.getValue().isShort() ? "  (short " + (d.getValue().reference() - d.getValue().drawn()) + ")" : "")));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                MatchRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setStyle(r != null && r.isShort() ? "-fx-text-fill: #b71c1c; -fx-font-weight: bold;" : "");
            }
        });
        c.setSortable(false);
        return c;
    }
}
