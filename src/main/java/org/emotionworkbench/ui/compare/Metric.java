package org.emotionworkbench.ui.compare;

import org.emotionworkbench.study.ConfidenceInterval;
import org.emotionworkbench.study.MeanSd;
import org.emotionworkbench.study.RunComparison;
import org.emotionworkbench.study.RunGroupStatistics;
import org.emotionworkbench.study.StudySummary;

import java.util.function.Function;

/** A metric the chart can show, and where the engine's results keep it. */
public enum Metric {
    ACCURACY("Accuracy", new String[]{"accuracy"}, RunComparison.Row::accuracy, RunGroupStatistics::accuracy, RunGroupStatistics::accuracyCi,
            StudySummary.Cell::accuracy, StudySummary.Cell::accuracyCi, StudySummary.FractionPoint::accuracy),
    MACRO_F1("Macro F1", new String[]{"F1", "macro average"}, RunComparison.Row::macroF1, RunGroupStatistics::macroF1, RunGroupStatistics::macroF1Ci,
            StudySummary.Cell::macroF1, StudySummary.Cell::macroF1Ci, StudySummary.FractionPoint::macroF1),
    MACRO_PRECISION("Macro precision", new String[]{"precision", "macro average"}, RunComparison.Row::macroPrecision, RunGroupStatistics::macroPrecision,
            RunGroupStatistics::macroPrecisionCi, StudySummary.Cell::macroPrecision, StudySummary.Cell::macroPrecisionCi,
            StudySummary.FractionPoint::macroPrecision);

    /** The glossary terms that explain this metric (Glossary). */
    public String[] glossaryTerms() {
        return glossaryTerms.clone();
    }

    /** The metrics a study summary has intervals and a fraction curve for. */
    public static final java.util.List<Metric> OF_STUDIES = java.util.List.of(ACCURACY, MACRO_F1, MACRO_PRECISION);

    private final String label;
    private final String[] glossaryTerms;
    private final Function<RunComparison.Row, ConfidenceInterval> ofRun;
    private final Function<RunGroupStatistics, MeanSd> meanOfGroup;
    private final Function<RunGroupStatistics, ConfidenceInterval> ciOfGroup;
    private final Function<StudySummary.Cell, MeanSd> meanOfCell;
    private final Function<StudySummary.Cell, ConfidenceInterval> ciOfCell;
    private final Function<StudySummary.FractionPoint, MeanSd> ofPoint;

    Metric(String label, String[] glossaryTerms, Function<RunComparison.Row, ConfidenceInterval> ofRun,
           Function<RunGroupStatistics, MeanSd> meanOfGroup, Function<RunGroupStatistics, ConfidenceInterval> ciOfGroup,
           Function<StudySummary.Cell, MeanSd> meanOfCell, Function<StudySummary.Cell, ConfidenceInterval> ciOfCell,
           Function<StudySummary.FractionPoint, MeanSd> ofPoint) {
        this.label = label;
        this.glossaryTerms = glossaryTerms;
        this.ofRun = ofRun;
        this.meanOfGroup = meanOfGroup;
        this.ciOfGroup = ciOfGroup;
        this.meanOfCell = meanOfCell;
        this.ciOfCell = ciOfCell;
        this.ofPoint = ofPoint;
    }

    /** Mean ± sd over a study cell's seeds. */
    public MeanSd meanOf(StudySummary.Cell cell) {
        return meanOfCell.apply(cell);
    }

    /** The study's bootstrap interval of the seed mean; null for macro precision (the study has none). */
    public ConfidenceInterval intervalOf(StudySummary.Cell cell) {
        return ciOfCell.apply(cell);
    }

    /** Null for macro precision (the study's curve has accuracy and macro F1). */
    public MeanSd of(StudySummary.FractionPoint point) {
        return ofPoint.apply(point);
    }

    public ConfidenceInterval of(RunComparison.Row row) {
        return ofRun.apply(row);
    }

    public MeanSd meanOf(RunGroupStatistics group) {
        return meanOfGroup.apply(group);
    }

    /** Null when the group's runs were not evaluated on the same images. */
    public ConfidenceInterval intervalOf(RunGroupStatistics group) {
        return ciOfGroup.apply(group);
    }

    @Override
    public String toString() {
        return label;
    }
}
