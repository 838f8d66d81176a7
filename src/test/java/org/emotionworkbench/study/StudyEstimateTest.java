package org.emotionworkbench.study;

import org.emotionworkbench.model.ModelAnalysis;
import org.emotionworkbench.model.Presets;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.ClassOrder;
import org.emotionworkbench.model.InputSpec;
import org.emotionworkbench.model.LoadedModel;
import org.emotionworkbench.model.NetworkFactory;
import org.emotionworkbench.model.NetworkSettings;
import org.emotionworkbench.model.NetworkSummary;
import org.emotionworkbench.transfer.Backbone;
import org.emotionworkbench.transfer.TransferBuilder;
import org.emotionworkbench.transfer.TransferSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StudyEstimateTest {
    @Test
    void thePisaCnnCostsAboutTheMeasuredHalfGigaflopPerTrainedImage() {
        StudyEstimate e = StudyEstimate.of(Presets.get("pisa"), 1, 1, List.of(1), 0);
        // docs/BENCHMARKS.md: ≈ 0.45 GFLOP per trained image
        assertEquals(0.45e9, e.trainingFlopsPerImage(), 0.08e9);
        assertTrue(StudyEstimate.forwardFlops(ModelAnalysis.of(Presets.get("tiny")))
                < StudyEstimate.forwardFlops(ModelAnalysis.of(Presets.get("pisa"))) / 5);
    }

    @Test
    void aFer2013EpochOfPisaTakesRoughlyTheMeasuredTwoMinutes() {
        // one epoch of 22,967 training images measured 131 s with validation
        StudyEstimate e = StudyEstimate.of(Presets.get("pisa"), 1, 1, List.of(22_967), 0);
        assertTrue(e.seconds() > 90 && e.seconds() < 180, e.describe());
    }

    @Test
    void runsAreSourcesTimesSeedsAndTheTextSaysSo() {
        StudyEstimate e = StudyEstimate.of(Presets.get("tiny"), 12, 3, List.of(400, 400), 280);
        assertEquals(6, e.runs());
        assertTrue(e.describe().startsWith("6 runs, roughly "), e.describe());
    }

    private static NetworkSummary tinyNetwork(String freeze) {
        MultiLayerNetwork net = NetworkFactory.build(Presets.get("tiny"), NetworkSettings.defaults(5));
        if (freeze == null) {
            try (LoadedModel m = LoadedModel.of(net)) {
                return NetworkSummary.of(m);
            }
        }
        TransferBuilder.Result built = TransferBuilder.build(new Backbone(net, InputSpec.NATIVE, ClassOrder.canonical()),
                new TransferSettings(freeze, null, null), 3, 1e-3, null);
        try (LoadedModel m = built.model()) {
            return NetworkSummary.of(m);
        }
    }

    @Test
    void aNetworkAsItIsCostsWhatItsSpecCosts() {
        StudyEstimate.Cost fromSpec = StudyEstimate.Cost.of(Presets.get("tiny"));
        StudyEstimate.Cost fromNetwork = StudyEstimate.Cost.of(tinyNetwork(null));
        assertEquals(fromSpec.forwardFlops(), fromNetwork.forwardFlops(), 1e-6 * fromSpec.forwardFlops());
        assertEquals(fromSpec.trainingFlops(), fromNetwork.trainingFlops(), 1e-6 * fromSpec.trainingFlops());
    }

    @Test
    void frozenLayersCostOnlyTheirForwardPass() {
        NetworkSummary ft = tinyNetwork("3"); // conv, pool, conv frozen: most of tiny's multiply-adds
        StudyEstimate.Cost scratch = StudyEstimate.Cost.of(Presets.get("tiny"));
        StudyEstimate.Cost cost = StudyEstimate.Cost.of(ft);
        assertEquals(scratch.forwardFlops(), cost.forwardFlops(), 1e-6 * scratch.forwardFlops(), "the same network runs");
        assertEquals(2.0 * ft.frozenMultiplyAdds() + 3 * 2.0 * ft.trainableMultiplyAdds(), cost.trainingFlops(), 1);
        assertTrue(ft.frozenMultiplyAdds() > ft.trainableMultiplyAdds());
        assertTrue(cost.trainingFlops() < scratch.trainingFlops() / 2, cost + " vs " + scratch);
        StudyEstimate a = StudyEstimate.of(List.of(scratch), 10, 1, List.of(1000), 100);
        StudyEstimate b = StudyEstimate.of(List.of(cost), 10, 1, List.of(1000), 100);
        assertTrue(b.seconds() < a.seconds(), b.seconds() + " vs " + a.seconds());
    }
}
