package org.emotionworkbench.ui.compare;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;

/** A line chart whose points carry a {@link FractionCurve.Point} as extra value: draws mean ± sd as a whisker. */
final class ErrorBarLineChart extends LineChart<Number, Number> {
    private final List<Node> decorations = new ArrayList<>();

    ErrorBarLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        setAnimated(false);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        getPlotChildren().removeAll(decorations);
        decorations.clear();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        int seriesIndex = 0;
        for (XYChart.Series<Number, Number> s : getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                if (!(d.getExtraValue() instanceof FractionCurve.Point p) || p.sd() <= 0) {
                    continue;
                }
                double cx = x.getDisplayPosition(d.getXValue()) + (seriesIndex - (getData().size() - 1) / 2.0) * 6;
                double lo = y.getDisplayPosition(Math.max(0, p.mean() - p.sd()));
                double hi = y.getDisplayPosition(Math.min(1, p.mean() + p.sd()));
                for (Line l : new Line[]{new Line(cx, lo, cx, hi), new Line(cx - 5, lo, cx + 5, lo),
                        new Line(cx - 5, hi, cx + 5, hi)}) {
                    l.getStyleClass().addAll("error-bar", "default-color" + (seriesIndex % 8));
                    l.setManaged(false);
                    decorations.add(l);
                }
            }
            seriesIndex++;
        }
        getPlotChildren().addAll(decorations);
    }
}
