package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.training.ChartPoint;

import java.util.List;

/** One run's learning curve as drawn: its label and the (epoch, value) points, smoothed as chosen. */
public record CurveSeries(String label, List<ChartPoint> points) {
    public CurveSeries {
        points = List.copyOf(points);
    }
}
