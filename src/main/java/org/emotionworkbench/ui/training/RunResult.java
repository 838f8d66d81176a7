package org.emotionworkbench.ui.training;

import org.emotionworkbench.evaluation.ClassificationReport;
import org.emotionworkbench.training.TrainingOutcome;

import java.nio.file.Path;

/** A finished run: its folder, how training went, and its test report (null when no epoch finished). */
public record RunResult(Path runDir, TrainingOutcome outcome, ClassificationReport report, String evaluatedOn) {
}
