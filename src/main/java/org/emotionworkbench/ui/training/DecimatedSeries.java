package org.emotionworkbench.ui.training;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart series that never holds more than {@code maxPoints} points, however many values arrive: each point is
 * the mean of {@link #valuesPerPoint()} consecutive values (x and y). When the list would overflow, neighbouring
 * points are merged in pairs and the bucket size doubles, so every value keeps the same weight. This is only a
 * drawing aid for long runs (a chart of 70,000 batch losses would stall the window).
 */
public final class DecimatedSeries {
    private final int maxPoints;
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private int valuesPerPoint = 1;
    private double sumX;
    private double sumY;
    private int inBucket;
    private long values;

    public DecimatedSeries(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be at least 2, got " + maxPoints);
        }
        this.maxPoints = maxPoints;
    }

    public ObservableList<ChartPoint> points() {
        return points;
    }

    public int valuesPerPoint() {
        return valuesPerPoint;
    }

    /** How many values were added since the last clear. */
    public long values() {
        return values;
    }

    public void add(double x, double y) {
        addAll(List.of(new ChartPoint(x, y)));
    }

    /** Adds values in order; the list changes at most twice (one append, or one replacement after merging). */
    public void addAll(List<ChartPoint> incoming) {
        List<ChartPoint> added = new ArrayList<>();
        List<ChartPoint> merged = null;
        for (ChartPoint p : incoming) {
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                continue;
            }
            values++;
            sumX += p.x();
            sumY += p.y();
            inBucket++;
            if (inBucket < valuesPerPoint) {
                continue;
            }
            added.add(new ChartPoint(sumX / inBucket, sumY / inBucket));
            sumX = 0;
            sumY = 0;
            inBucket = 0;
            int size = (merged != null ? merged.size() : points.size()) + added.size();
            if (size > maxPoints) {
                List<ChartPoint> all = new ArrayList<>(merged != null ? merged : points);
                all.addAll(added);
                added.clear();
                merged = halve(all);
            }
        }
        if (merged != null) {
            merged.addAll(added);
            points.setAll(merged);
        } else if (!added.isEmpty()) {
            points.addAll(added);
        }
    }

    /** Pairs merged into one point each; an odd last point goes back into the (now doubled) open bucket. */
    private List<ChartPoint> halve(List<ChartPoint> all) {
        List<ChartPoint> out = new ArrayList<>(all.size() / 2 + 1);
        for (int i = 0; i + 1 < all.size(); i += 2) {
            ChartPoint a = all.get(i);
            ChartPoint b = all.get(i + 1);
            out.add(new ChartPoint((a.x() + b.x()) / 2, (a.y() + b.y()) / 2));
        }
        if (all.size() % 2 == 1) {
            ChartPoint last = all.get(all.size() - 1);
            sumX = last.x() * valuesPerPoint;
            sumY = last.y() * valuesPerPoint;
            inBucket = valuesPerPoint;
        }
        valuesPerPoint *= 2;
        return out;
    }

    public void clear() {
        points.clear();
        valuesPerPoint = 1;
        sumX = 0;
        sumY = 0;
        inBucket = 0;
        values = 0;
    }
}
