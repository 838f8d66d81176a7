package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.ui.common.NodeExport;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.emotionworkbench.dataset.Emotion;

import java.util.ArrayList;
import java.util.List;

/** The per-class bar chart: classes on the x axis in {@link Emotion} order, one series per dataset split. */
final class ClassCountsChart extends BarChart<String, Number> {
    ClassCountsChart(OverviewViewModel vm) {
        super(new CategoryAxis(FXCollections.observableArrayList(Emotion.labels())), new NumberAxis());
        setId("class-chart");
        NodeExport.install(this, "class-counts");
        setAnimated(false);
        setBarGap(1);
        setCategoryGap(14);
        setLegendVisible(true);
        getXAxis().setLabel("class");
        getXAxis().setAutoRanging(false);
        vm.series().addListener((ListChangeListener<ClassCountSeries>) c -> show(vm));
        vm.percentProperty().addListener((o, a, b) -> show(vm));
        show(vm);
    }

    private void show(OverviewViewModel vm) {
        getYAxis().setLabel(vm.percentProperty().get() ? "% of the split" : "images");
        List<XYChart.Series<String, Number>> out = new ArrayList<>();
        for (ClassCountSeries s : vm.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (Emotion e : Emotion.values()) {
                series.getData().add(new XYChart.Data<>(e.label(), s.value(e)));
            }
            out.add(series);
        }
        getData().setAll(out);
        for (int i = 0; i < out.size(); i++) {
            ClassCountSeries s = vm.series().get(i);
            for (XYChart.Data<String, Number> d : out.get(i).getData()) {
                if (d.getNode() != null) {
                    Tooltip t = new Tooltip(s.describe(Emotion.fromName(d.getXValue()).orElseThrow()));
                    t.setShowDelay(Duration.millis(100));
                    Tooltip.install(d.getNode(), t);
                }
            }
        }
    }
}
