package org.emotionworkbench.ui.compare;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emotionworkbench.run.HistoryCsv;
import org.emotionworkbench.run.RunFolder;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.run.RunHeadline;
import org.emotionworkbench.training.EpochMetrics;
import org.emotionworkbench.ui.common.ErrorLog;
import org.emotionworkbench.ui.common.TaskRunner;
import org.emotionworkbench.ui.common.UiExecutor;
import org.emotionworkbench.ui.training.ChartPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningCurvesViewModelTest {
    @TempDir
    Path tmp;
    private final TaskRunner tasks = new TaskRunner(UiExecutor.DIRECT, new ErrorLog(UiExecutor.DIRECT));

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void smoothingIsTensorBoardsDebiasedMovingAverage() {
        assertEquals(List.of(1.0, 3.0, 2.0), CurveSmoothing.ema(List.of(1.0, 3.0, 2.0), 0));
        List<Double> s = CurveSmoothing.ema(List.of(1.0, 3.0), 0.5);
        assertEquals(1.0, s.get(0), 1e-12, "debiased: the first point is the first value, not half of it");
        assertEquals((0.25 + 1.5) / 0.75, s.get(1), 1e-12);
        assertTrue(Double.isNaN(CurveSmoothing.ema(List.of(Double.NaN, 2.0), 0.9).get(0)));
        assertEquals(2.0, CurveSmoothing.ema(List.of(Double.NaN, 2.0), 0.9).get(1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> CurveSmoothing.ema(List.of(1.0), 1.0));
    }

    private RunRow run(String name, double... valAcc) throws Exception {
        Path dir = RunFolderFixture.at(tmp.resolve(name)).label(name).ownTest(true, false).write();
        List<EpochMetrics> h = new java.util.ArrayList<>();
        for (int i = 0; i < valAcc.length; i++) {
            h.add(new EpochMetrics(i + 1, 1.0 / (i + 1), 0.5, 2.0 / (i + 1), valAcc[i], 0.001, 1));
        }
        Files.writeString(dir.resolve(RunFolder.HISTORY), HistoryCsv.format(h));
        return new RunRow(RunHeadline.ofRun(dir), RunRow.Origin.WORKSPACE, "");
    }

    @Test
    void theChosenRunsCurvesAreOverlaidAndFollowMetricAndSmoothing() throws Exception {
        ObservableList<RunRow> chosen = FXCollections.observableArrayList();
        LearningCurvesViewModel vm = new LearningCurvesViewModel(tasks, chosen);
        vm.smoothingProperty().set(0);
        assertTrue(vm.noteProperty().get().startsWith("Choose runs"));
        RunRow a = run("real-s1", 0.2, 0.4, 0.3);
        RunRow b = run("synthetic-s1", 0.1, 0.2);
        chosen.setAll(a, b);
        vm.load(List.copyOf(chosen)).future().get(10, TimeUnit.SECONDS);
        assertEquals(List.of("real-s1", "synthetic-s1"), vm.series().stream().map(CurveSeries::label).toList());
        assertEquals(List.of(new ChartPoint(1, 0.2), new ChartPoint(2, 0.4), new ChartPoint(3, 0.3)), vm.series().get(0).points());

        vm.metricProperty().set(CurveMetric.VAL_LOSS);
        assertEquals(2.0, vm.series().get(1).points().get(0).y(), 1e-12);
        vm.metricProperty().set(CurveMetric.VAL_ACCURACY);
        vm.smoothingProperty().set(0.5);
        assertEquals((0.5 * 0.05 + 0.5 * 0.2) / 0.75, vm.series().get(1).points().get(1).y(), 1e-12);

        chosen.clear();
        assertEquals(0, vm.series().size());
    }

    @Test
    void anOversizedHistoryLeavesOnlyItsRunOutAndSaysWhy() throws Exception {
        ObservableList<RunRow> chosen = FXCollections.observableArrayList();
        LearningCurvesViewModel vm = new LearningCurvesViewModel(tasks, chosen);
        RunRow good = run("good-s1", 0.2, 0.4);
        RunRow big = run("big-s1", 0.1);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(
                big.headline().runDir().resolve(RunFolder.HISTORY).toFile(), "rw")) {
            f.setLength(org.emotionworkbench.run.RunFileCheck.MAX_READ_BYTES + 1); // sparse
        }
        chosen.setAll(good, big);
        vm.load(List.copyOf(chosen)).future().get(10, TimeUnit.SECONDS);
        assertEquals(List.of("good-s1"), vm.series().stream().map(CurveSeries::label).toList());
        String note = vm.noteProperty().get();
        assertTrue(note.startsWith("Not shown: big-s1: history.csv is ") && note.contains("too large"), note);
    }
}
