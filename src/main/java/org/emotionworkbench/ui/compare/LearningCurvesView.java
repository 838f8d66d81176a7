package org.emotionworkbench.ui.compare;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emotionworkbench.ui.common.NodeExport;
import org.emotionworkbench.ui.training.ChartPoint;

import java.util.Locale;

/** The chosen runs' learning curves, overlaid: a metric chooser, a smoothing slider and the chart. Thin. */
final class LearningCurvesView extends VBox {
    LearningCurvesView(LearningCurvesViewModel vm) {
        setId("learning-curves");
        setSpacing(4);
        ChoiceBox<CurveMetric> metric = new ChoiceBox<>();
        metric.setId("curves-metric");
        metric.getItems().setAll(CurveMetric.values());
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        Slider smoothing = new Slider(0, 0.99, vm.smoothingProperty().get());
        smoothing.setId("curves-smoothing");
        smoothing.valueProperty().bindBidirectional(vm.smoothingProperty());
        Label value = new Label();
        value.textProperty().bind(vm.smoothingProperty().asString(Locale.ROOT, "%.2f"));
        Label note = new Label();
        note.getStyleClass().add("hint");
        note.textProperty().bind(vm.noteProperty());
        HBox bar = new HBox(8, new Label("Learning curves:"), metric, new Label("smoothing"), smoothing, value, note);
        bar.setAlignment(Pos.CENTER_LEFT);

        NumberAxis x = new NumberAxis();
        x.setLabel("epoch");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("curves-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(140);
        NodeExport.install(chart, "learning-curves");
        VBox.setVgrow(chart, Priority.ALWAYS);
        Runnable draw = () -> {
            chart.getData().clear();
            for (CurveSeries s : vm.series()) {
                XYChart.Series<Number, Number> line = new XYChart.Series<>();
                line.setName(s.label());
                for (ChartPoint p : s.points()) {
                    line.getData().add(new XYChart.Data<>(p.x(), p.y()));
                }
                chart.getData().add(line);
            }
            y.setLabel(vm.metricProperty().get().toString());
        };
        vm.series().addListener((ListChangeListener<CurveSeries>) c -> draw.run());
        draw.run();
        getChildren().addAll(bar, chart);
    }
}
