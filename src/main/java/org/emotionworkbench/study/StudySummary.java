package org.emotionworkbench.study;

import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.evaluation.ConfusionMatrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a study found. Per (source, evaluation set): mean ± sd over seeds of accuracy and macro/weighted precision,
 * recall and F1, with bootstrap 95 % intervals of the seed-mean accuracy, macro F1 and macro precision (test images resampled
 * jointly for all seeds); McNemar's test between every two sources' models of the same seed on the same images;
 * per-class F1 means (for differences between sources); expected calibration error (10 bins); confusion matrices
 * summed over seeds.
 * Evaluation sets are the study's named ones plus {@value StudyLayout#OWN_TEST}, each source's own held-out set.
 * <p>
 * A study with a sweep has one group of seeds per source and combination: the cells' "sources" are then named
 * {@code <source> <combination>} (e.g. {@code real e40-b64}), McNemar's test compares sources of the same
 * combination only, and {@code sweep} lists every (evaluation, source, combination) point with its swept values,
 * the metrics along the swept axes ({@code sweepAxes}).
 */
public record StudySummary(String study, List<String> sources, List<String> evaluations, List<Cell> cells,
                           List<PairedTest> tests, List<FractionPoint> fractionCurve, Map<String, String> models,
                           List<String> sweepAxes, List<SweepPoint> sweep) {

    public StudySummary {
        models = models == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
        sweepAxes = sweepAxes == null ? List.of() : List.copyOf(sweepAxes);
        sweep = sweep == null ? List.of() : List.copyOf(sweep);
    }

    public StudySummary(String study, List<String> sources, List<String> evaluations, List<Cell> cells,
                        List<PairedTest> tests, List<FractionPoint> fractionCurve, Map<String, String> models) {
        this(study, sources, evaluations, cells, tests, fractionCurve, models, List.of(), List.of());
    }

    /**
     * One point of a sweep: a source trained with one combination of the swept settings ({@code settings}: key →
     * value, e.g. maxEpochs → 40), mean ± sd over its seeds and the bootstrap intervals of the seed mean.
     */
    public record SweepPoint(String evaluation, String source, String combination, Map<String, Number> settings,
                             int seeds, MeanSd accuracy, ConfidenceInterval accuracyCi, MeanSd macroF1,
                             ConfidenceInterval macroF1Ci) {
    }

    /** The sweep's points on one evaluation set, in the study's order. */
    public List<SweepPoint> sweep(String evaluation) {
        return sweep.stream().filter(p -> p.evaluation.equals(evaluation)).toList();
    }

    /** A summary that does not name the sources' models (groups of runs that are not a study). */
    public StudySummary(String study, List<String> sources, List<String> evaluations, List<Cell> cells,
                        List<PairedTest> tests, List<FractionPoint> fractionCurve) {
        this(study, sources, evaluations, cells, tests, fractionCurve, Map.of());
    }

    /** One point of the synthetic-fraction curve: a source trained with this share of synthetic images. */
    public record FractionPoint(String evaluation, double syntheticFraction, String source, MeanSd accuracy,
                                MeanSd macroF1, MeanSd macroPrecision) {
    }

    public record Cell(String source, String evaluation, int seeds, int images, MeanSd accuracy,
                       MeanSd macroPrecision, MeanSd macroRecall, MeanSd macroF1, MeanSd weightedPrecision,
                       MeanSd weightedRecall, MeanSd weightedF1, ConfidenceInterval accuracyCi,
                       ConfidenceInterval macroF1Ci, ConfidenceInterval macroPrecisionCi, MeanSd ece, Calibration pooledCalibration,
                       Map<String, Double> classF1, ConfusionMatrix confusion, Map<Integer, MeanSd> fgsmAccuracy) {
    }

    public record PairedTest(String sourceA, String sourceB, String evaluation, long seed, McNemar test) {
    }

    public Cell cell(String source, String evaluation) {
        return cells.stream().filter(c -> c.source.equals(source) && c.evaluation.equals(evaluation)).findFirst()
                .orElse(null);
    }

    public static StudySummary of(StudySpec spec, Path dir, int resamples, long seed) throws IOException {
        StudyLayout layout = new StudyLayout(dir);
        List<String> evaluations = new ArrayList<>();
        evaluations.add(StudyLayout.OWN_TEST);
        spec.evaluations().forEach(e -> evaluations.add(e.name()));
        Map<String, Map<String, Map<Long, RunResults>>> results = new LinkedHashMap<>();
        Map<String, Double> fractions = new LinkedHashMap<>();
        Map<String, String> models = new LinkedHashMap<>();
        Map<String, Sweep.Combination> combinationOf = new LinkedHashMap<>();
        boolean swept = spec.sweep() != null;
        for (StudySpec.Source source : spec.sources()) {
            models.put(source.name(), source.modelName(spec.model()));
        }
        for (Sweep.Combination combination : spec.combinations()) {
            for (StudySpec.Source source : spec.sources()) {
                String group = swept ? source.name() + " " + combination.label() : source.name();
                combinationOf.put(group, combination);
                if (source.syntheticFraction() != null && !swept) {
                    fractions.put(group, source.syntheticFraction());
                }
                Map<String, Map<Long, RunResults>> byEvaluation = new LinkedHashMap<>();
                for (String evaluation : evaluations) {
                    Map<Long, RunResults> perSeed = new LinkedHashMap<>();
                    for (long s : spec.seeds()) {
                        Path d = layout.evaluation(source.name(), combination, s, evaluation);
                        if (StudyLayout.evaluated(d)) {
                            perSeed.put(s, RunResults.load(d));
                        }
                    }
                    byEvaluation.put(evaluation, perSeed);
                }
                results.put(group, byEvaluation);
            }
        }
        StudySummary s = of(spec.name(), evaluations, results, fractions, resamples, seed);
        if (!swept) {
            return new StudySummary(s.study, s.sources, s.evaluations, s.cells, s.tests, s.fractionCurve, models);
        }
        List<PairedTest> sameCombination = s.tests.stream()
                .filter(t -> combinationOf.get(t.sourceA).equals(combinationOf.get(t.sourceB))).toList();
        List<SweepPoint> points = new ArrayList<>();
        for (String evaluation : evaluations) {
            for (Sweep.Combination combination : spec.combinations()) {
                for (StudySpec.Source source : spec.sources()) {
                    Cell c = s.cell(source.name() + " " + combination.label(), evaluation);
                    if (c != null) {
                        points.add(new SweepPoint(evaluation, source.name(), combination.label(), combination.values(),
                                c.seeds, c.accuracy, c.accuracyCi, c.macroF1, c.macroF1Ci));
                    }
                }
            }
        }
        return new StudySummary(s.study, s.sources, s.evaluations, s.cells, sameCombination, s.fractionCurve, models,
                spec.sweep().axes(), points);
    }

    /**
     * The same summary over results already loaded, for groups of runs that are not a study folder:
     * {@code results.get(source).get(evaluation).get(seed)}, sources in the map's order; {@code syntheticFractions}
     * gives the sources of the synthetic-fraction curve (may be empty). Missing results leave their cell out.
     */
    public static StudySummary of(String study, List<String> evaluations,
                                  Map<String, Map<String, Map<Long, RunResults>>> results,
                                  Map<String, Double> syntheticFractions, int resamples, long seed) {
        List<String> sources = List.copyOf(results.keySet());
        List<Cell> cells = new ArrayList<>();
        for (String source : sources) {
            for (String evaluation : evaluations) {
                Map<Long, RunResults> perSeed = results.get(source).getOrDefault(evaluation, Map.of());
                if (!perSeed.isEmpty()) {
                    cells.add(cell(source, evaluation, new ArrayList<>(perSeed.values()), resamples, seed));
                }
            }
        }
        List<PairedTest> tests = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                String a = sources.get(i);
                String b = sources.get(j);
                for (String evaluation : evaluations) {
                    Map<Long, RunResults> ra = results.get(a).getOrDefault(evaluation, Map.of());
                    Map<Long, RunResults> rb = results.get(b).getOrDefault(evaluation, Map.of());
                    for (Map.Entry<Long, RunResults> e : ra.entrySet()) {
                        RunResults x = e.getValue();
                        RunResults y = rb.get(e.getKey());
                        if (y != null && x.sameImagesAs(y)) {
                            tests.add(new PairedTest(a, b, evaluation, e.getKey(), McNemar.test(x.correct(), y.correct())));
                        }
                    }
                }
            }
        }
        List<FractionPoint> curve = new ArrayList<>();
        for (String evaluation : evaluations) {
            sources.stream().filter(syntheticFractions::containsKey)
                    .sorted(java.util.Comparator.comparingDouble(syntheticFractions::get))
                    .forEach(src -> cells.stream()
                            .filter(c -> c.source.equals(src) && c.evaluation.equals(evaluation)).findFirst()
                            .ifPresent(c -> curve.add(new FractionPoint(evaluation, syntheticFractions.get(src), src,
                                    c.accuracy, c.macroF1, c.macroPrecision))));
        }
        return new StudySummary(study, sources, List.copyOf(evaluations), cells, tests, curve);
    }

    private static Cell cell(String source, String evaluation, List<RunResults> runs, int resamples, long seed) {
        int k = runs.size();
        double[] acc = new double[k], mp = new double[k], mr = new double[k], mf = new double[k];
        double[] wp = new double[k], wr = new double[k], wf = new double[k], ece = new double[k];
        Map<String, double[]> perClass = new LinkedHashMap<>();
        int[][] confusion = new int[Emotion.COUNT][Emotion.COUNT];
        for (int i = 0; i < k; i++) {
            ClassificationReport r = ClassificationReport.ofPresentClasses(runs.get(i).truth(), runs.get(i).predicted());
            acc[i] = r.accuracy();
            mp[i] = r.macroPrecision();
            mr[i] = r.macroRecall();
            mf[i] = r.macroF1();
            wp[i] = r.weightedPrecision();
            wr[i] = r.weightedRecall();
            wf[i] = r.weightedF1();
            ece[i] = Calibration.of(runs.get(i).probabilities(), runs.get(i).truth(), 10).expectedCalibrationError();
            for (Emotion e : Emotion.values()) { // a class absent from truth and predictions has no F1: NaN
                perClass.computeIfAbsent(e.label(), x -> new double[k])[i] =
                        r.classNames().contains(e.label()) ? r.f1(e.label()) : Double.NaN;
            }
            ConfusionMatrix cm = ConfusionMatrix.of(runs.get(i).truth(), runs.get(i).predicted());
            for (int t = 0; t < Emotion.COUNT; t++) {
                for (int p = 0; p < Emotion.COUNT; p++) {
                    confusion[t][p] += cm.count(t, p);
                }
            }
        }
        Calibration pooled = Calibration.of(
                runs.stream().flatMap(r -> java.util.Arrays.stream(r.probabilities())).toArray(float[][]::new),
                runs.stream().flatMapToInt(r -> java.util.Arrays.stream(r.truth())).toArray(), 10);
        boolean aligned = runs.stream().allMatch(r -> r.sameImagesAs(runs.get(0)));
        List<RunResults> forCi = aligned ? runs : List.of(runs.get(0));
        ConfidenceInterval accCi = RunGroupStatistics.seedMeanInterval(forCi, ClassificationReport::accuracy, resamples, seed);
        ConfidenceInterval f1Ci = RunGroupStatistics.seedMeanInterval(forCi, ClassificationReport::macroF1, resamples, seed);
        ConfidenceInterval precisionCi = RunGroupStatistics.seedMeanInterval(forCi, ClassificationReport::macroPrecision, resamples, seed);
        Map<String, Double> classF1 = new LinkedHashMap<>();
        perClass.forEach((name, v) -> { // mean over the seeds whose report has the class; absent everywhere: left out
            double[] known = java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
            if (known.length > 0) {
                classF1.put(name, MeanSd.of(known).mean());
            }
        });
        return new Cell(source, evaluation, k, runs.get(0).predictions().size(), MeanSd.of(acc), MeanSd.of(mp),
                MeanSd.of(mr), MeanSd.of(mf), MeanSd.of(wp), MeanSd.of(wr), MeanSd.of(wf), accCi, f1Ci, precisionCi, MeanSd.of(ece), pooled, classF1,
                new ConfusionMatrix(Emotion.labels(), confusion), fgsm(runs));
    }

    /** Mean ± sd over seeds of FGSM accuracy per ε, from each run's robustness.json (empty when there is none). */
    private static Map<Integer, MeanSd> fgsm(List<RunResults> runs) {
        Map<Integer, List<Double>> values = new java.util.TreeMap<>();
        for (RunResults r : runs) {
            Path f = r.dir().resolve(StudyRunner.ROBUSTNESS);
            if (!Files.isRegularFile(f)) {
                return Map.of();
            }
            try {
                var node = StudySpec.JSON.readTree(f.toFile()).path("accuracyByEpsilon255");
                node.fields().forEachRemaining(e -> values.computeIfAbsent(Integer.parseInt(e.getKey()),
                        k -> new ArrayList<>()).add(e.getValue().asDouble()));
            } catch (IOException e) {
                return Map.of();
            }
        }
        Map<Integer, MeanSd> out = new LinkedHashMap<>();
        values.forEach((eps, v) -> out.put(eps, MeanSd.of(v.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }
}
