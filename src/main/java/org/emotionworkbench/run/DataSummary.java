package org.emotionworkbench.run;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.Sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one part of a run's data held: samples per class and a content fingerprint. */
public record DataSummary(int samples, Map<String, Integer> perClass, String fingerprint) {

    public static DataSummary of(List<Sample> samples) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Emotion e : Emotion.values()) {
            counts.put(e.label(), 0);
        }
        for (Sample s : samples) {
            counts.merge(s.label().label(), 1, Integer::sum);
        }
        return new DataSummary(samples.size(), counts, Fingerprint.of(samples));
    }
}
