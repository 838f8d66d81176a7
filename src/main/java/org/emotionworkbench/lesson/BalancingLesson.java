package org.emotionworkbench.lesson;

import org.emotionworkbench.dataset.manifest.Manifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Class weights vs minority augmentation (the seed report's two ways of handling FER2013's imbalance: disgust has
 * 436 training faces, happy 7,215): the same model on the same seeded 8 % of each FER2013 training class, once with
 * balanced class weights and once with augmented copies of the minority classes; tested on the FER2013 test folders.
 */
final class BalancingLesson implements Lesson {
    static final double FRACTION = 0.08;
    static final long SUBSET_SEED = 3;

    @Override
    public String name() {
        return "class-weights-vs-augmentation";
    }

    @Override
    public String title() {
        return "Class weights vs minority augmentation";
    }

    @Override
    public String summary() {
        return "two ways to handle FER2013's class imbalance, on 8 % of its training faces";
    }

    @Override
    public String duration() {
        return "≈ 6½ min";
    }

    @Override
    public List<DataNeed> needs() {
        return List.of(SyntheticVsRealLesson.FER2013);
    }

    @Override
    public Map<String, String> prepare(Path datasetsRoot, Path dataDir) throws IOException {
        Path fer = SyntheticVsRealLesson.FER2013.resolve(datasetsRoot);
        Manifest subset = LessonData.fractionPerClass(LessonData.trainSplit(LessonData.folder(fer)), FRACTION, SUBSET_SEED);
        return Map.of(
                "subset", LessonData.write(subset, dataDir, "fer2013-train-8pct.json"),
                "fer2013", fer.toString());
    }
}
