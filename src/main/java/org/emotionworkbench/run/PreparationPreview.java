package org.emotionworkbench.run;

import org.emotionworkbench.dataset.ClassWeights;
import org.emotionworkbench.dataset.Consolidation;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.LoadedDataset;
import org.emotionworkbench.dataset.Sample;
import org.emotionworkbench.dataset.StratifiedSplit;
import org.emotionworkbench.dataset.duplicates.DuplicateFinder;
import org.emotionworkbench.training.Balancing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link RunExecutor#prepare} makes of an already loaded dataset, as per-class counts (index =
 * {@link Emotion#ordinal()}), without training or augmenting: the training part after the stratified split (and
 * after minority balancing, which only adds copies), the validation part, the evaluation set, the balanced class
 * weights (null unless {@link Balancing#CLASS_WEIGHTS}), and how many training images were left out as test
 * duplicates. Same steps, same seed, same numbers as a run.
 *
 * @param evaluation null when the evaluation set is another dataset that was not given
 */
public record PreparationPreview(int[] train, int[] trainBeforeBalancing, int[] validation, int[] evaluation,
                                 String evaluationName, double[] classWeights, int excludedTestDuplicates) {
    public PreparationPreview {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(trainBeforeBalancing, "trainBeforeBalancing");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(evaluationName, "evaluationName");
    }

    /**
     * @param source    the dataset {@code data.trainRoot()} names, already loaded
     * @param crossTest the dataset {@code data.testRoot()} names, loaded; null when there is none or it is not
     *                  loaded (then duplicates are looked for in the source's own test split, as far as it goes,
     *                  and the evaluation counts are unknown)
     */
    public static PreparationPreview of(LoadedDataset source, DataOptions data, LoadedDataset crossTest, long seed) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(data, "data");
        LoadedDataset ds = data.consolidate() ? Consolidation.consolidate(source) : source;
        List<Sample> test;
        String testName;
        boolean testKnown = true;
        if (data.testRoot() != null) {
            testName = "test:" + data.testRoot();
            if (crossTest != null) {
                test = RunExecutor.heldOutPart(crossTest);
            } else {
                test = List.of();
                testKnown = false;
            }
        } else if (!ds.test().isEmpty()) {
            test = ds.test();
            testName = "test:" + data.trainRoot();
        } else {
            test = List.of();
            testName = "validation";
        }
        List<Sample> pool = ds.train();
        int excluded = 0;
        if (data.excludeTestDuplicates() && !test.isEmpty()) {
            Set<String> leaks = DuplicateFinder.trainSourcesDuplicatingTest(
                    new LoadedDataset(ds.root(), pool, test, ds.report()));
            pool = pool.stream().filter(s -> !leaks.contains(s.source())).toList();
            excluded = ds.train().size() - pool.size();
        }
        StratifiedSplit.Split split = StratifiedSplit.split(pool, data.validationFraction(), seed);
        int[] before = RunExecutor.countPerClass(split.train());
        int[] train = before.clone();
        double[] weights = null;
        if (data.balancing() == Balancing.CLASS_WEIGHTS) {
            weights = ClassWeights.balanced(before);
        } else if (data.balancing() == Balancing.AUGMENT_MINORITY) {
            int majority = Arrays.stream(before).max().orElse(0);
            for (int i = 0; i < train.length; i++) {
                train[i] = before[i] == 0 ? 0 : majority;
            }
        }
        int[] validation = RunExecutor.countPerClass(split.validation());
        int[] evaluation = !testKnown ? null : test.isEmpty() ? validation.clone() : RunExecutor.countPerClass(test);
        return new PreparationPreview(train, before, validation, evaluation, testName, weights, excluded);
    }

    public static int sum(int[] counts) {
        return counts == null ? 0 : Arrays.stream(counts).sum();
    }
}
