package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.common.NodeExport;
import org.emotionworkbench.ui.common.Glossary;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import java.util.List;

/**
 * The compared runs' metric as bars with 95 % bootstrap intervals (from the engine), per run or per group of
 * repeats, with choosers for the metric and the grouping. Bars are numbered on the axis and a legend below gives
 * each number's full label, so any number of runs with labels of any length stays readable.
 */
final class MetricChartView extends VBox {
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    private final ErrorBarChart chart;
    private final NumberAxis y = new NumberAxis(0, 1, 0.1);
    private final CompareViewModel vm;
    /** Bar number, colour and full label of each bar, wrapped onto as many lines as it takes. */
    private final FlowPane legend = new FlowPane(14, 2);

    MetricChartView(CompareViewModel vm) {
        this.vm = vm;
        setSpacing(4);
        setPadding(new Insets(4));
        ChoiceBox<Metric> metric = new ChoiceBox<>();
        metric.setId("metric-choice");
        metric.getItems().setAll(Metric.values());
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        metric.setTooltip(MetricTooltip.following(vm.metricProperty()));
        ChoiceBox<Grouping> grouping = new ChoiceBox<>();
        grouping.setId("group-choice");
        grouping.getItems().setAll(Grouping.values());
        grouping.valueProperty().bindBidirectional(vm.groupingProperty());
        grouping.setTooltip(new Tooltip("Group repeats of one setting (e.g. seeds 1, 2, 3) into one bar: the mean over "
                + "the runs, with a bootstrap interval of that mean."));
        Label title = new Label("Metrics");
        title.getStyleClass().add("section-title");
        Label busy = new Label("computing…");
        busy.getStyleClass().add("hint");
        busy.visibleProperty().bind(vm.comparingProperty());
        HBox head = new HBox(8, title, metric, grouping, busy);
        head.setAlignment(Pos.CENTER_LEFT);

        CategoryAxis x = new CategoryAxis();
        y.setLabel("");
        y.setMinorTickVisible(false);
        chart = new ErrorBarChart(x, y);
        NodeExport.install(chart, "metric-chart");
        chart.setId("metric-chart");
        chart.setMinHeight(140); // in a short pane the chart gives way, so the legend naming the bars stays whole
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label hint = new Label("Whiskers: 95 % bootstrap interval (test images resampled 1,000 times). "
                + "Intervals that overlap a lot mean the difference may be chance; McNemar's test below checks pairs.");
        hint.getStyleClass().add("hint");
        Glossary.explain(hint, "bootstrap interval", "McNemar test");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        legend.setId("metric-legend");
        legend.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(head, chart, legend, hint);
        vm.bars().addListener((ListChangeListener<MetricBar>) c -> show(vm.bars()));
        vm.metricProperty().addListener((o, a, m) -> y.setLabel(m.toString()));
        y.setLabel(vm.metricProperty().get().toString());
        show(vm.bars());
    }

    private void show(List<MetricBar> bars) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(vm.metricProperty().get().toString());
        legend.getChildren().clear();
        for (int i = 0; i < bars.size(); i++) {
            MetricBar b = bars.get(i);
            XYChart.Data<String, Number> d = new XYChart.Data<>(barNumber(i), b.value());
            d.setExtraValue(b);
            String colour = PALETTE[i % PALETTE.length];
            d.nodeProperty().addListener((o, old, node) -> {
                if (node != null) {
                    node.setStyle("-fx-bar-fill: " + colour + ";");
                    Tooltip.install(node, new Tooltip(b.detail()));
                }
            });
            series.getData().add(d);
            legend.getChildren().add(legendEntry(i, b, colour));
        }
        chart.getData().setAll(List.of(series));
    }

    /** A bar's name on the axis: its number, which the legend below spells out (labels can be of any length). */
    static String barNumber(int index) {
        return String.valueOf(index + 1);
    }

    private static Label legendEntry(int index, MetricBar bar, String colour) {
        Rectangle swatch = new Rectangle(10, 10, Color.web(colour));
        Label entry = new Label(barNumber(index) + "  " + bar.label(), swatch);
        entry.getStyleClass().add("metric-legend-entry");
        entry.setWrapText(true);
        entry.setMaxWidth(420);
        entry.setMinHeight(Region.USE_PREF_SIZE);
        entry.setTooltip(new Tooltip(bar.detail()));
        return entry;
    }

    ErrorBarChart chart() {
        return chart;
    }

    FlowPane legend() {
        return legend;
    }
}
