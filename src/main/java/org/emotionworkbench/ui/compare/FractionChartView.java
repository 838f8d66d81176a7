package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.common.NodeExport;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The synthetic-fraction curve: the metric (mean ± sd over seeds as whiskers) against the share of synthetic
 * training images, a line per evaluation set; a note instead when no source declares a {@code syntheticFraction}.
 */
final class FractionChartView extends StackPane {
    private final ErrorBarLineChart chart;
    private final NumberAxis y = new NumberAxis(0, 1, 0.1);
    private final Label empty = new Label("No source of this study declares a \"syntheticFraction\" (e.g. 0, 0.25, 0.5, "
            + "1 for mixes made with `dataset mix`), so there is no synthetic-fraction curve.");

    FractionChartView() {
        NumberAxis x = new NumberAxis(0, 100, 25);
        x.setLabel("synthetic share of training images (%)");
        y.setMinorTickVisible(false);
        chart = new ErrorBarLineChart(x, y);
        NodeExport.install(chart, "synthetic-fraction");
        chart.setId("fraction-chart");
        empty.setId("fraction-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        empty.setMaxWidth(360);
        getChildren().addAll(chart, empty);
        show(null);
    }

    void show(FractionCurve curve) {
        chart.getData().clear();
        boolean has = curve != null && !curve.isEmpty();
        chart.setVisible(has);
        empty.setVisible(!has && curve != null);
        if (!has) {
            return;
        }
        y.setLabel(curve.metric().toString());
        for (FractionCurve.Series s : curve.series()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(s.evaluation());
            for (FractionCurve.Point p : s.points()) {
                XYChart.Data<Number, Number> d = new XYChart.Data<>(p.percent(), p.mean());
                d.setExtraValue(p);
                d.nodeProperty().addListener((o, a, node) -> {
                    if (node != null) {
                        Tooltip.install(node, new Tooltip(String.format(java.util.Locale.ROOT,
                                "%s, %.0f %% synthetic, on %s: %.3f ± %.3f over %d seeds", p.source(), p.percent(),
                                s.evaluation(), p.mean(), p.sd(), p.seeds())));
                    }
                });
                series.getData().add(d);
            }
            chart.getData().add(series);
        }
    }

    ErrorBarLineChart chart() {
        return chart;
    }
}
