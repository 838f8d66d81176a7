package org.emotionworkbench.ui.model;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emotionworkbench.model.NetworkLayer;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.evaluation.RunChooser;
import org.emotionworkbench.ui.workspace.RunEntry;

import java.util.Locale;
import java.util.function.Function;

/**
 * The "Selected run" tab of the Model screen: a run chooser, where the network came from, its layers (frozen ones
 * marked and shaded), the totals, and the Keras-like text summary.
 */
final class RunNetworkPane extends VBox {
    static final String FROZEN_MARK = "frozen";

    RunNetworkPane(WorkbenchContext context, RunNetworkViewModel vm) {
        super(6);
        setId("run-network");
        setPadding(new Insets(8, 0, 0, 0));
        ComboBox<RunEntry> run = RunChooser.create("run-network-choice", context.runs().runs(),
                context.selectedRunProperty());
        Label origin = new Label();
        origin.setId("run-network-origin");
        origin.setWrapText(true);
        origin.textProperty().bind(vm.originProperty());
        HBox top = new HBox(8, new Label("Run"), run);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<NetworkLayer> table = new TableView<>(vm.rows());
        table.setId("run-network-layers");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Layer", 170, NetworkLayer::name));
        table.getColumns().add(column("Type", 170, NetworkLayer::type));
        table.getColumns().add(column("Output shape", 140, NetworkLayer::outputShape));
        table.getColumns().add(number("Params", NetworkLayer::params));
        table.getColumns().add(number("Trainable", NetworkLayer::trainableParams));
        table.getColumns().add(number("Non-trainable", NetworkLayer::nonTrainableParams));
        table.getColumns().add(column("Frozen", 70, l -> l.frozen() ? FROZEN_MARK : ""));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(NetworkLayer item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("frozen-layer");
                if (!empty && item != null && item.frozen()) {
                    getStyleClass().add("frozen-layer");
                }
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.messageProperty());
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label totals = new Label();
        totals.setId("run-network-totals");
        totals.getStyleClass().add("section-title");
        totals.textProperty().bind(vm.totalsProperty());
        totals.setTooltip(LayerPalette.tooltip("Counted as Keras counts them: a frozen layer's weights do not train, "
                + "nor do batch-norm's moving mean and variance."));

        TextArea text = new TextArea();
        text.setId("run-network-summary");
        text.setEditable(false);
        text.setPrefRowCount(12);
        text.setStyle("-fx-font-family: 'monospace'; -fx-font-size: 0.92em;");
        text.textProperty().bind(vm.summaryProperty());
        TitledPane keras = new TitledPane("Keras summary (text)", text);
        keras.setExpanded(false);
        getChildren().addAll(top, origin, table, totals, keras);
    }

    private static TableColumn<NetworkLayer, String> column(String title, double width,
                                                            Function<NetworkLayer, String> value) {
        TableColumn<NetworkLayer, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private static TableColumn<NetworkLayer, Long> number(String title, Function<NetworkLayer, Long> value) {
        TableColumn<NetworkLayer, Long> c = new TableColumn<>(title);
        c.setPrefWidth(110);
        c.setSortable(false);
        c.getStyleClass().add("params");
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format(Locale.ROOT, "%,d", item));
            }
        });
        return c;
    }
}
