package org.emotionworkbench.ui.training;

/** One point of a chart, as the view model holds it (the view turns it into a chart's data item). */
public record ChartPoint(double x, double y) {
}
