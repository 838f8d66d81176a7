package org.emotionworkbench.ui.compare;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart whose bars carry a {@link MetricBar} as extra value: draws its 95 % interval as a whisker with caps,
 * and the value above the bar.
 */
final class ErrorBarChart extends BarChart<String, Number> {
    static final double MAX_GAP = 24;
    /** Narrower bars leave their value to the tooltip and legend (it would overlap its neighbours). */
    private static final double MIN_WIDTH_FOR_VALUE = 34;
    private final List<Node> decorations = new ArrayList<>();

    ErrorBarChart(CategoryAxis x, NumberAxis y) {
        super(x, y);
        setAnimated(false);
        setLegendVisible(false);
    }

    /**
     * Keeps the gap between bars at most {@value #MAX_GAP} px and a quarter of a category, so bars stay visible
     * however many there are and however narrow the chart.
     */
    @Override
    protected void layoutPlotChildren() {
        double spacing = ((CategoryAxis) getXAxis()).getCategorySpacing();
        double gap = Math.min(MAX_GAP, spacing / 4);
        if (spacing > 0 && Math.abs(getCategoryGap() - gap) > 0.5) {
            setCategoryGap(gap);
        }
        super.layoutPlotChildren();
        getPlotChildren().removeAll(decorations);
        decorations.clear();
        NumberAxis y = (NumberAxis) getYAxis();
        for (XYChart.Series<String, Number> s : getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (!(d.getExtraValue() instanceof MetricBar bar) || d.getNode() == null) {
                    continue;
                }
                Bounds b = d.getNode().getBoundsInParent();
                double cx = b.getMinX() + b.getWidth() / 2;
                double top = y.getDisplayPosition(bar.value());
                if (bar.hasInterval()) {
                    double lo = y.getDisplayPosition(bar.lower());
                    double hi = y.getDisplayPosition(bar.upper());
                    double cap = Math.min(10, b.getWidth() / 4);
                    decorations.add(line(cx, lo, cx, hi));
                    decorations.add(line(cx - cap, lo, cx + cap, lo));
                    decorations.add(line(cx - cap, hi, cx + cap, hi));
                    top = Math.min(top, hi);
                }
                if (b.getWidth() < MIN_WIDTH_FOR_VALUE) {
                    continue;
                }
                Text t = new Text(String.format(Locale.ROOT, "%.3f", bar.value()));
                t.getStyleClass().add("bar-value");
                t.setX(cx + 4 + (bar.hasInterval() ? Math.min(10, b.getWidth() / 4) : 0));
                t.setY(Math.max(12, top - 4));
                if (!bar.hasInterval()) {
                    t.setX(cx - t.getLayoutBounds().getWidth() / 2);
                }
                decorations.add(t);
            }
        }
        getPlotChildren().addAll(decorations);
    }

    private static Line line(double x1, double y1, double x2, double y2) {
        Line l = new Line(x1, y1, x2, y2);
        l.getStyleClass().add("error-bar");
        l.setManaged(false);
        return l;
    }
}
