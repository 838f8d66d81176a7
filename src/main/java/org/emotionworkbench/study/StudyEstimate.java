package org.emotionworkbench.study;

import org.emotionworkbench.model.Conv2D;
import org.emotionworkbench.model.Dense;
import org.emotionworkbench.model.Output;
import org.emotionworkbench.model.LayerInfo;
import org.emotionworkbench.model.ModelAnalysis;
import org.emotionworkbench.model.ModelSpec;

import java.util.List;
import java.util.Locale;

/**
 * How big a study is before it runs: how many runs, and roughly how long on a 2-core machine. The time is the
 * training work (forward and backward, about 3× the multiply-adds of one forward pass, 2 FLOPs each) of every
 * epoch at the throughput measured for the Pisa CNN here (≈ 89 GFLOP/s, docs/BENCHMARKS.md), plus evaluation
 * passes; it is an upper bound when early stopping ends runs sooner.
 */
public record StudyEstimate(int runs, double trainingFlopsPerImage, double seconds) {
    /** Training FLOP/s of DL4J on the 2-core machine (the Pisa CNN, batch 64). */
    public static final double FLOPS_PER_SECOND = 89e9;

    /**
     * @param trainImagesPerSource images each source trains on per epoch (after its validation split), in source order
     * @param evaluationImages     images of all evaluation sets together (each model is evaluated on each)
     */
    public static StudyEstimate of(ModelSpec model, int maxEpochs, int seeds, List<Integer> trainImagesPerSource,
                                   int evaluationImages) {
        double forward = forwardFlops(ModelAnalysis.of(model));
        double train = 3 * forward;
        double seconds = 0;
        for (int images : trainImagesPerSource) {
            seconds += seeds * (images * (double) maxEpochs * train + images * 0.25 * maxEpochs * forward
                    + evaluationImages * forward) / FLOPS_PER_SECOND;
        }
        return new StudyEstimate(trainImagesPerSource.size() * seeds, train, seconds);
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
