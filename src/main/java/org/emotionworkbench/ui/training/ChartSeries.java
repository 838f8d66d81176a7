package org.emotionworkbench.ui.training;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/** Chart series that follow a view model's list of points (appends are appended; anything else is a reload). */
final class ChartSeries {
    private ChartSeries() {
    }

    static XYChart.Series<Number, Number> following(String name, ObservableList<ChartPoint> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().setAll(data(points));
        points.addListener((ListChangeListener<ChartPoint>) c -> {
            boolean onlyAppends = true;
            List<ChartPoint> appended = new ArrayList<>();
            while (c.next()) {
                if (c.wasPermutated() || c.wasRemoved() || c.wasUpdated() || c.getFrom() != series.getData().size()
                        + appended.size()) {
                    onlyAppends = false;
                } else if (c.wasAdded()) {
                    appended.addAll(c.getAddedSubList());
                }
            }
            if (onlyAppends) {
                series.getData().addAll(data(appended));
            } else {
                series.getData().setAll(data(points));
            }
        });
        return series;
    }

    private static List<XYChart.Data<Number, Number>> data(List<ChartPoint> points) {
        List<XYChart.Data<Number, Number>> out = new ArrayList<>(points.size());
        for (ChartPoint p : points) {
            out.add(new XYChart.Data<>(p.x(), p.y()));
        }
        return out;
    }
}
