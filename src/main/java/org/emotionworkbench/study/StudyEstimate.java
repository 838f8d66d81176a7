package org.emotionworkbench.study;

import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.LayerInfo;
import org.emotionworkbench.model.ModelAnalysis;
import org.emotionworkbench.model.ModelSpec;
import org.emotionworkbench.model.NetworkSummary;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.transfer.FineTuning;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How big a study is before it runs: how many runs, and roughly how long on a 2-core machine. The time is the
 * training work (forward and backward, about 3× the multiply-adds of one forward pass, 2 FLOPs each) of every
 * epoch at the throughput measured for the Pisa CNN here (≈ 89 GFLOP/s, docs/BENCHMARKS.md), plus evaluation
 * passes; it is an upper bound when early stopping ends runs sooner. Each source is priced by the network it
 * trains: the study's model, or for a source that fine-tunes ({@code "from"}) the network built from its parent, whose
 * frozen layers cost only their forward pass (no gradients are computed for them).
 *
 * @param trainingFlopsPerImage training FLOPs of one image for the costliest source's network
 */
public record StudyEstimate(int runs, double trainingFlopsPerImage, double seconds) {
    /** Training FLOP/s of DL4J on the 2-core machine (the Pisa CNN, batch 64). */
    public static final double FLOPS_PER_SECOND = 89e9;

    /** What one image costs a network: a forward pass (inference), and a training step (forward and backward). */
    public record Cost(double forwardFlops, double trainingFlops) {
        public Cost {
            if (!(forwardFlops >= 0) || !(trainingFlops >= 0)) {
                throw new IllegalArgumentException("FLOPs must be >= 0");
            }
        }

        /** A network trained from scratch from {@code spec}: every layer forward and backward. */
        public static Cost of(ModelSpec spec) {
            double forward = StudyEstimate.forwardFlops(ModelAnalysis.of(spec));
            return new Cost(forward, 3 * forward);
        }

        /** A network as it is: its frozen layers forward only, the rest forward and backward. */
        public static Cost of(NetworkSummary network) {
            double frozen = 2.0 * network.frozenMultiplyAdds();
            double trained = 2.0 * network.trainableMultiplyAdds();
            return new Cost(frozen + trained, frozen + 3 * trained);
        }
    }

    /**
     * @param trainImagesPerSource images each source trains on per epoch (after its validation split), in source order
     * @param evaluationImages     images of all evaluation sets together (each model is evaluated on each)
     */
    public static StudyEstimate of(ModelSpec model, int maxEpochs, int seeds, List<Integer> trainImagesPerSource,
                                   int evaluationImages) {
        Cost cost = Cost.of(model);
        return of(trainImagesPerSource.stream().map(i -> cost).toList(), maxEpochs, seeds, trainImagesPerSource,
                evaluationImages);
    }

    /** The estimate with each source priced by its own network ({@code costs} in source order). */
    public static StudyEstimate of(List<Cost> costs, int maxEpochs, int seeds, List<Integer> trainImagesPerSource,
                                   int evaluationImages) {
        if (costs.size() != trainImagesPerSource.size()) {
            throw new IllegalArgumentException(costs.size() + " costs for " + trainImagesPerSource.size() + " sources");
        }
        double seconds = 0;
        double costliest = 0;
        for (int s = 0; s < costs.size(); s++) {
            double images = trainImagesPerSource.get(s);
            Cost c = costs.get(s);
            costliest = Math.max(costliest, c.trainingFlops());
            seconds += seeds * (images * maxEpochs * c.trainingFlops() + images * 0.25 * maxEpochs * c.forwardFlops()
                    + evaluationImages * c.forwardFlops()) / FLOPS_PER_SECOND;
        }
        return new StudyEstimate(trainImagesPerSource.size() * seeds, costliest, seconds);
    }

    /**
     * The estimate of a whole spec: every combination of its sweep (each with its own number of epochs; batch size
     * and learning rate do not change the work), every source and seed.
     */
    public static StudyEstimate of(StudySpec spec, List<Cost> costs, List<Integer> trainImagesPerSource,
                                   int evaluationImages) {
        double seconds = 0;
        double costliest = 0;
        for (Sweep.Combination c : spec.combinations()) {
            StudyEstimate one = of(costs, spec.trainingFor(c, 0).maxEpochs(), spec.seeds().size(),
                    trainImagesPerSource, evaluationImages);
            seconds += one.seconds;
            costliest = Math.max(costliest, one.trainingFlopsPerImage);
        }
        return new StudyEstimate(spec.runCount(), costliest, seconds);
    }

    /**
     * Each source's cost, in source order: the study's model, or for a fine-tuning source the network its parent
     * becomes (opened and built as the study will, once per distinct parent and settings).
     *
     * @throws IllegalArgumentException when a parent cannot be opened or built, saying why
     */
    public static List<Cost> costs(StudySpec spec) {
        Cost scratch = Cost.of(spec.model());
        Map<FineTuning.Request, Cost> parents = new HashMap<>();
        return spec.sources().stream().map(s -> s.fineTunes()
                ? parents.computeIfAbsent(s.fineTuning(), r -> Cost.of(FineTuning.network(r))) : scratch).toList();
    }

    /** FLOPs of one forward pass of one image: 2 per multiply-add of convolutions and dense layers. */
    static double forwardFlops(ModelAnalysis a) {
        double macs = 0;
        for (LayerInfo l : a.layers()) {
            if (l.spec() instanceof Conv2D) {
                macs += (double) l.trainableParams() * l.output().height() * l.output().width();
            } else if (l.spec() instanceof Dense || l.spec() instanceof Output) {
                macs += l.trainableParams();
            }
        }
        return 2 * macs;
    }

    /** "6 runs, roughly 12 min (upper bound: every run to its last epoch)". */
    public String describe() {
        long s = Math.round(seconds);
        String time = s < 90 ? s + " s" : s < 5400 ? Math.round(s / 60.0) + " min" : String.format(Locale.ROOT, "%.1f h", s / 3600.0);
        return runs + (runs == 1 ? " run" : " runs") + ", roughly " + time + " on 2 cores (every run to its last epoch)";
    }
}
