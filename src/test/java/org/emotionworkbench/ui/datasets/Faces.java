package org.emotionworkbench.ui.datasets;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.DatasetLayout;
import org.emotionworkbench.dataset.IgnoredFiles;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;
import org.emotionworkbench.dataset.LoadReport;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.dataset.Skipped;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Tiny hand-made datasets for view-model tests: counts per class (Emotion order) for train and test. */
final class Faces {
    private Faces() {
    }

    static LoadedDataset dataset(int[] train, int[] test) {
        List<Sample> tr = samples("train", train);
        List<Sample> te = samples("test", test);
        Map<DataSplit, Map<Emotion, Integer>> counts = new EnumMap<>(DataSplit.class);
        counts.put(DataSplit.TRAIN, counts(train));
        counts.put(DataSplit.TEST, counts(test));
        LoadReport r = new LoadReport(Path.of("/data/faces"), DatasetLayout.TRAIN_TEST, counts,
                List.of(new Skipped(Path.of("/data/faces/train/happy/bad.png"), "cannot decode: not an image")),
                List.of(new Skipped(Path.of("/data/faces/train/contempt"), "not one of the 7 classes")), IgnoredFiles.NONE, 0, 0);
        return new LoadedDataset(Path.of("/data/faces"), tr, te, r);
    }

    private static List<Sample> samples(String split, int[] perClass) {
        List<Sample> out = new ArrayList<>();
        for (Emotion e : Emotion.values()) {
            for (int i = 0; i < perClass[e.ordinal()]; i++) {
                float[] px = new float[ImageGeometry.PIXELS];
                for (int p = 0; p < px.length; p++) {
                    px[p] = ((p % 48) + i) % 48 / 47f; // a ramp, so augmentations change pixels
                }
                out.add(new Sample("/data/faces/" + split + "/" + e + "/" + i + ".png", e, px));
            }
        }
        return out;
    }

    private static Map<Emotion, Integer> counts(int[] perClass) {
        Map<Emotion, Integer> m = new EnumMap<>(Emotion.class);
        for (Emotion e : Emotion.values()) {
            m.put(e, perClass[e.ordinal()]);
        }
        return m;
    }
}
