package org.emotionworkbench.explain;

import org.emotionworkbench.dataset.Emotion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Averages of many images' heatmaps: per class, and per confusion cell (true class × predicted class). */
public final class MeanHeatmaps {
    private MeanHeatmaps() {
    }

    /** A heatmap with the labels of its image ({@code trueLabel} may be null when unknown). */
    public record Labelled(Emotion trueLabel, Emotion predicted, Emotion target, Heatmap heatmap) {
        public Labelled {
            Objects.requireNonNull(predicted, "predicted");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(heatmap, "heatmap");
        }
    }

    /** Mean heatmap per explained class; classes with no heatmap are absent. */
    public static Map<Emotion, Heatmap> perClass(List<Labelled> heatmaps) {
        Map<Emotion, List<Heatmap>> groups = new EnumMap<>(Emotion.class);
        for (Labelled l : heatmaps) {
            groups.computeIfAbsent(l.target(), e -> new ArrayList<>()).add(l.heatmap());
        }
        Map<Emotion, Heatmap> out = new EnumMap<>(Emotion.class);
        groups.forEach((e, list) -> out.put(e, HeatmapMath.mean(list)));
        return out;
    }

    /** Mean heatmap of the images of one confusion cell (e.g. true sad, predicted neutral), if it has any. */
    public static Optional<Heatmap> confusionCell(List<Labelled> heatmaps, Emotion trueLabel, Emotion predicted) {
        List<Heatmap> cell = heatmaps.stream()
                .filter(l -> l.trueLabel() == trueLabel && l.predicted() == predicted)
                .map(Labelled::heatmap).toList();
        return cell.isEmpty() ? Optional.empty() : Optional.of(HeatmapMath.mean(cell));
    }
}
