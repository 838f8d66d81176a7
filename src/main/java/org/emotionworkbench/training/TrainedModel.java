package org.emotionworkbench.training;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.emotionworkbench.model.LoadedModel;

/** The model after training (best weights when early stopping restored them) and how training went. */
public record TrainedModel(LoadedModel model, TrainingOutcome outcome) {
    /** The multi-layer network (the workbench's own runs); throws for a computation graph. */
    public MultiLayerNetwork network() {
        return model.network();
    }
}
