package org.emotionworkbench.training;

import org.emotionworkbench.dataset.Sample;

import java.util.List;

/** The samples a run learns from and the validation samples it is judged on after every epoch. */
public record TrainingData(List<Sample> train, List<Sample> validation) {
    public TrainingData {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training samples");
        }
        if (validation.isEmpty()) {
            throw new IllegalArgumentException("no validation samples: use a larger dataset or a validation split > 0");
        }
    }
}
