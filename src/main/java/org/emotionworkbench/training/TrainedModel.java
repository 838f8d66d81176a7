package org.emotionworkbench.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** The network after training (best weights when early stopping restored them) and how training went. */
public record TrainedModel(MultiLayerNetwork network, TrainingOutcome outcome) {
}
