package org.emotionworkbench.ui.compare;

import org.emotionworkbench.dataset.LoadOptions;
import org.emotionworkbench.run.ConfigDiff;
import org.emotionworkbench.run.RunFolderFixture;
import org.emotionworkbench.study.RunComparison;
import org.emotionworkbench.study.RunGroupStatistics;
import org.emotionworkbench.study.RunResults;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.emotionworkbench.run.RunFolderFixture.rightFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareViewModelTest {
    @TempDir
    Path tmp;
    private final SerialUi ui = new SerialUi();
    private WorkbenchContext context;
    private CompareViewModel vm;

    @BeforeEach
    void workspaceWithThreeRuns() throws Exception {
        Path runs = tmp.resolve("ws/runs");
        RunFolderFixture.at(runs.resolve("tiny-s1")).label("tiny-s1").seed(1).created("2026-01-01T10:00:00Z")
                .ownTest(rightFirst(70, 35)).write();
        RunFolderFixture.at(runs.resolve("tiny-s2")).label("tiny-s2").seed(2).created("2026-01-02T10:00:00Z")
                .ownTest(rightFirst(70, 49)).write();
        RunFolderFixture.at(runs.resolve("other-s10")).label("other-s10").seed(10).trainRoot("/data/other")
                .created("2026-01-03T10:00:00Z")
                .ownTest(rightFirst(70, 42)).write();
        context = ui.call(() -> new WorkbenchContext(ui, tmp.resolve("settings.json"), new Workspace(tmp.resolve("ws")),
                LoadOptions.defaults().withoutCache()));
        vm = ui.call(() -> new CompareViewModel(context));
        rescan();
    }

    @AfterEach
    void close() {
        context.close();
        ui.close();
    }

    /** Rescans the workspace as the Rescan button does, and waits for the rows. */
    private void rescan() throws Exception {
        ui.run(() -> context.runs().refresh());
        await(ui.call(vm::refreshRows));
    }

    private void await(org.emotionworkbench.ui.common.BackgroundTask<?> task) throws Exception {
        if (task != null) {
            try {
                task.future().get(20, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException cancelledOrFailed) {
                // superseded
            }
        }
        ui.flush();
    }

    private RunRow row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** Waits for the comparison in flight and its results. */
    private void settle() throws Exception {
        await(ui.call(vm::comparisonTask));
    }

    private void choose(String... names) throws Exception {
        List<RunRow> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(row(n));
        }
        ui.run(() -> vm.select(chosen));
        settle();
    }

    private List<RunResults> engineResults(String... names) throws Exception {
        List<RunResults> out = new ArrayList<>();
        for (String n : names) {
            RunResults r = RunResults.load(row(n).key());
            out.add(new RunResults(r.dir(), n, r.config(), r.predictions()));
        }
        return out;
    }

    @Test
    void theWorkspacesRunsAreRowsWithTheirReportsFigures() {
        assertEquals(3, vm.rows().size());
        RunRow s2 = row("tiny-s2");
        assertEquals("0.700", RunColumn.ACCURACY.text(s2));
        assertEquals("2", RunColumn.SEED.text(s2));
        assertEquals("faces", RunColumn.TRAIN_DATA.text(s2));
        assertEquals("faces (test split)", RunColumn.EVAL_DATA.text(s2));
        assertEquals("3", RunColumn.EPOCHS.text(s2));
        assertEquals(RunRow.Origin.WORKSPACE, s2.origin());
    }

    @Test
    void columnsSortByValueNotByText() throws Exception {
        RunFolderFixture.at(tmp.resolve("ws/runs/unevaluated")).label("unevaluated").seed(3).created("2026-02-01T00:00:00Z").write();
        rescan();
        List<RunRow> rows = new ArrayList<>(vm.rows());
        rows.sort(RunColumn.ACCURACY.comparator());
        assertEquals(List.of("tiny-s1", "other-s10", "tiny-s2", "unevaluated"), rows.stream().map(RunRow::name).toList(),
                "numeric order, the run without figures last");
        rows.sort(RunColumn.SEED.comparator());
        assertEquals(List.of(1L, 2L, 3L, 10L), rows.stream().map(r -> r.config().training().seed()).toList(),
                "seed 10 after seed 3");
        rows.sort(RunColumn.DATE.comparator().reversed());
        assertEquals("other-s10", rows.get(1).name(), "newest first, after the unevaluated run");
        rows.sort(RunColumn.NAME.comparator());
        assertEquals("other-s10", rows.get(0).name());
        for (RunColumn c : RunColumn.values()) {
            rows.sort(c.comparator()); // every column sorts without failing
        }
        assertTrue(rows.stream().map(RunColumn.MACRO_F1::key).anyMatch(k -> k instanceof Double));
    }

    @Test
    void configDiffOfTwoSeedsHighlightsTheSeed() throws Exception {
        choose("tiny-s1", "tiny-s2");
        ConfigDiffModel d = vm.configDiff();
        assertEquals(List.of("tiny-s1", "tiny-s2"), d.runs());
        List<String> keys = d.rows().stream().map(ConfigDiff.Row::key).toList();
        assertEquals(List.of("training.seed", "dataUsed.train.fingerprint"), keys);
        assertTrue(d.rows().stream().allMatch(ConfigDiff.Row::differs));
        assertEquals(List.of("1", "2"), d.rows().get(0).values());
        assertTrue(d.summaryProperty().get().startsWith("2 of "), d.summaryProperty().get());
        ui.run(() -> d.showAllProperty().set(true));
        assertTrue(d.rows().size() > 40);
        assertTrue(d.rows().stream().anyMatch(r -> r.key().equals("model.name") && !r.differs()));
    }

    @Test
    void barsPerRunAreTheEnginesEstimatesAndIntervals() throws Exception {
        choose("tiny-s1", "tiny-s2");
        RunComparison engine = RunComparison.of(engineResults("tiny-s1", "tiny-s2"), ComparisonLoader.RESAMPLES,
                ComparisonLoader.BOOTSTRAP_SEED);
        assertEquals(2, vm.bars().size());
        for (int i = 0; i < 2; i++) {
            MetricBar bar = vm.bars().get(i);
            assertEquals(engine.rows().get(i).name(), bar.label());
            assertEquals(engine.rows().get(i).accuracy().estimate(), bar.value(), 1e-12);
            assertEquals(engine.rows().get(i).accuracy().lower(), bar.lower(), 1e-12);
            assertEquals(engine.rows().get(i).accuracy().upper(), bar.upper(), 1e-12);
            assertTrue(bar.lower() < bar.value() && bar.value() < bar.upper());
        }
        ui.run(() -> vm.metricProperty().set(Metric.MACRO_F1));
        assertEquals(engine.rows().get(1).macroF1().estimate(), vm.bars().get(1).value(), 1e-12);
        assertEquals(engine.rows().get(1).macroF1().upper(), vm.bars().get(1).upper(), 1e-12);
        ui.run(() -> vm.metricProperty().set(Metric.MACRO_PRECISION));
        assertEquals(engine.rows().get(0).macroPrecision().lower(), vm.bars().get(0).lower(), 1e-12);
    }

    @Test
    void groupedBarsAreSeedMeansWithTheEnginesJointInterval() throws Exception {
        choose("tiny-s1", "tiny-s2", "other-s10");
        ui.run(() -> vm.groupingProperty().set(Grouping.SETTINGS));
        settle();
        assertEquals(2, vm.bars().size());
        MetricBar tiny = vm.bars().get(0);
        assertEquals("tiny (2 runs)", tiny.label());
        RunGroupStatistics g = RunGroupStatistics.of(engineResults("tiny-s1", "tiny-s2"), ComparisonLoader.RESAMPLES,
                ComparisonLoader.BOOTSTRAP_SEED);
        assertEquals(0.6, tiny.value(), 1e-12);
        assertEquals(g.accuracyCi().lower(), tiny.lower(), 1e-12);
        assertEquals(g.accuracyCi().upper(), tiny.upper(), 1e-12);
        assertEquals("other-s10", vm.bars().get(1).label());

        ui.run(() -> vm.groupingProperty().set(Grouping.TRAINING_DATA));
        settle();
        assertEquals(List.of("faces (2 runs)", "other-s10"), vm.bars().stream().map(MetricBar::label).toList());
    }

    @Test
    void mcNemarHasARowForRunsOnTheSameImages() throws Exception {
        choose("tiny-s1", "tiny-s2");
        assertEquals(1, vm.mcnemarRows().size());
        McNemarRow r = vm.mcnemarRows().get(0);
        assertEquals("tiny-s1", r.a());
        assertEquals("tiny-s2", r.b());
        assertEquals(0, r.onlyA());
        assertEquals(14, r.onlyB());
        assertTrue(r.exact());
        assertEquals(2 * Math.pow(0.5, 14), r.p(), 1e-15);
        assertEquals("tiny-s2 is better", r.verdict());
        assertEquals("", vm.mcnemarMessageProperty().get());
    }

    @Test
    void runsOnDifferentImagesGetAMessageInsteadOfATest() throws Exception {
        choose("tiny-s1", "other-s10");
        assertTrue(vm.mcnemarRows().isEmpty());
        String m = vm.mcnemarMessageProperty().get();
        assertTrue(m.startsWith("Not tested: one pair of runs was not evaluated on the same images"), m);
        assertTrue(m.contains("• tiny-s1 and other-s10: same number of images but different files, e.g. "
                + "…/faces/test/angry/0.png vs …/other/test/angry/0.png"), m);
    }

    @Test
    void anImportedRunIsARowByItsEvaluationsWithItsFileAsModelAndNoSeed() throws Exception {
        RunFolderFixture.at(tmp.resolve("ws/runs/mini")).imported("fer2013_mini_XCEPTION.00-0.47.hdf5")
                .created("2026-01-04T10:00:00Z").evaluation("faces", "/data/faces", rightFirst(70, 40)).write();
        RunFolderFixture.at(tmp.resolve("ws/runs/kdef")).imported("tiny_XCEPTION_KDEF.hdf5").write();
        ui.run(() -> vm.includeEvaluationsProperty().set(false));
        rescan();
        RunRow mini = row("fer2013_mini_XCEPTION (Keras, imported) → faces");
        assertEquals("fer2013_mini_XCEPTION (Keras)", RunColumn.MODEL.text(mini));
        assertEquals("imported", RunColumn.TRAIN_DATA.text(mini));
        assertEquals(RunColumn.NOT_APPLICABLE, RunColumn.SEED.text(mini));
        assertEquals(RunColumn.NOT_APPLICABLE, RunColumn.EPOCHS.text(mini));
        assertEquals("0.571", RunColumn.ACCURACY.text(mini));
        RunRow kdef = row("tiny_XCEPTION_KDEF (Keras, imported)");
        assertEquals("not evaluated", RunColumn.EVAL_DATA.text(kdef));
        assertFalse(vm.rows().stream().anyMatch(r -> r.name().equals("fer2013_mini_XCEPTION (Keras, imported)")),
                "no row for the own test set an imported model does not have");
        for (RunColumn c : RunColumn.values()) {
            List<RunRow> rows = new ArrayList<>(vm.rows());
            rows.sort(c.comparator());
            rows.forEach(r -> assertFalse(c.text(r).contains("null"), c + " of " + r.name()));
        }

        for (Grouping g : Grouping.values()) {
            ui.run(() -> vm.groupingProperty().set(g));
            choose("tiny-s1", mini.name(), kdef.name());
            assertTrue(vm.problemProperty().get().isEmpty(), g + ": " + vm.problemProperty().get());
            assertEquals(2, vm.bars().size(), g + ": the trained run and the evaluated import");
        }
        assertEquals(1, vm.mcnemarRows().size(), "both measured on the same faces");
        ConfigDiffModel d = vm.configDiff();
        assertTrue(d.rows().stream().anyMatch(r -> r.key().equals("imported.sourceFile")));
        assertTrue(d.rows().stream().flatMap(r -> r.values().stream()).noneMatch("null"::equals));
    }

    @Test
    void oneRunOrAnUnevaluatedRunIsExplained() throws Exception {
        choose("tiny-s1");
        assertTrue(vm.mcnemarMessageProperty().get().contains("Select two or more"));
        RunFolderFixture.at(tmp.resolve("ws/runs/unevaluated")).label("unevaluated").seed(3).write();
        rescan();
        assertEquals(List.of("tiny-s1"), vm.selected().stream().map(RunRow::name).toList(), "kept across a rescan");
        choose("tiny-s1", "unevaluated");
        assertTrue(vm.mcnemarMessageProperty().get().contains("Left out: unevaluated: not evaluated"),
                vm.mcnemarMessageProperty().get());
        assertEquals(1, vm.bars().size());
    }

    @Test
    void addingAStudyFolderListsItsRunsAndEvaluations() throws Exception {
        Path study = tmp.resolve("elsewhere/study");
        Files.createDirectories(study);
        Files.writeString(study.resolve("study.json"), "{}");
        RunFolderFixture.at(study.resolve("runs/real-s1")).label("real-s1").ownTest(rightFirst(14, 7))
                .evaluation("real-test", "/data/test", rightFirst(14, 10)).write();
        ui.run(() -> vm.addFolder(study));
        await(ui.call(vm::refreshRows));
        RunRow eval = row("real-s1 → real-test");
        assertEquals(RunRow.Origin.STUDY, eval.origin());
        assertEquals("study study", eval.originLabel());
        assertEquals("real-test", RunColumn.EVAL_DATA.text(eval));
        assertEquals(5, vm.rows().size());
        ui.run(() -> vm.includeEvaluationsProperty().set(false));
        await(ui.call(vm::refreshRows));
        assertEquals(4, vm.rows().size());

        ui.run(() -> vm.addFolder(tmp.resolve("nowhere")));
        assertTrue(vm.problemProperty().get().contains("No folder at"), vm.problemProperty().get());
    }

    /** The cells of the report's table rows of one class, unescaped. */
    private static List<List<String>> htmlRows(String html, String rowClass) {
        List<List<String>> rows = new ArrayList<>();
        java.util.regex.Matcher tr = java.util.regex.Pattern.compile("<tr class=\"" + rowClass + "\">(.*?)</tr>").matcher(html);
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            java.util.regex.Matcher td = java.util.regex.Pattern.compile("<td[^>]*>(.*?)</td>").matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theReportShowsTheRunsBarsAndTestsTheScreenShows() throws Exception {
        assertEquals(null, ui.call(() -> vm.exportReport(tmp.resolve("none.html"))));
        assertTrue(vm.reports().messageProperty().get().contains("Choose evaluated runs"));
        choose("tiny-s1", "tiny-s2", "other-s10");
        Path out = tmp.resolve("report.html");
        await(ui.call(() -> vm.exportReport(out)));
        String html = Files.readString(out);
        assertTrue(html.startsWith("<!DOCTYPE html>"));

        List<List<String>> runs = htmlRows(html, "run");
        assertEquals(vm.selected().size(), runs.size(), "a row per chosen run: two seeds stay two rows");
        for (int i = 0; i < runs.size(); i++) {
            RunRow shown = vm.selected().get(i);
            for (RunColumn c : RunColumn.values()) {
                assertEquals(c.text(shown), runs.get(i).get(c.ordinal()), c + " of " + shown.name());
            }
        }
        List<List<String>> tests = htmlRows(html, "mcnemar");
        assertEquals(vm.mcnemarRows().size(), tests.size());
        assertEquals(1, tests.size());
        McNemarRow m = vm.mcnemarRows().get(0);
        assertEquals(List.of(m.a(), m.b(), "" + m.onlyA(), "" + m.onlyB(), m.testText(), m.pText(), m.verdict()), tests.get(0));
        assertTrue(html.contains("Not tested: 2 pairs of runs were not evaluated on the same images"),
                "the screen's message on pairs not tested");
        assertEquals(vm.bars().stream().map(MetricBar::label).toList(),
                htmlRows(html, "bar").stream().map(r -> r.get(1)).toList());

        ui.run(() -> vm.groupingProperty().set(Grouping.SETTINGS));
        settle();
        await(ui.call(() -> vm.exportReport(out)));
        List<List<String>> groupBars = htmlRows(Files.readString(out), "bar");
        assertEquals(List.of("tiny (2 runs)", "other-s10"), groupBars.stream().map(r -> r.get(1)).toList());
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", vm.bars().get(0).value()), groupBars.get(0).get(2));
        assertEquals(out.toAbsolutePath().normalize(), vm.reports().lastReportProperty().get());

        List<Path> opened = new ArrayList<>();
        vm.reports().setOpener(opened::add);
        ui.run(() -> vm.reports().openLast());
        long until = System.currentTimeMillis() + 5000;
        while (opened.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals(List.of(out.toAbsolutePath().normalize()), opened);
    }

    @Test
    void unnamedRunsAreShownByDataModelAndSeedAndEqualOnesAlsoByFolder() throws Exception {
        RunFolderFixture.at(tmp.resolve("ws/runs/tiny-faces-20260101-101010")).seed(5).ownTest(rightFirst(70, 30)).write();
        RunFolderFixture.at(tmp.resolve("ws/runs/tiny-faces-20260102-101010")).seed(5).ownTest(rightFirst(70, 31)).write();
        RunFolderFixture.at(tmp.resolve("ws/runs/tiny-faces-20260103-101010")).seed(6).ownTest(rightFirst(70, 32)).write();
        rescan();
        List<String> names = vm.rows().stream().map(RunRow::name).sorted().toList();
        assertTrue(names.containsAll(List.of("faces · tiny · s5 (tiny-faces-20260101-101010)",
                "faces · tiny · s5 (tiny-faces-20260102-101010)", "faces · tiny · s6")), names.toString());
        assertEquals(names.size(), Set.copyOf(names).size(), "no two rows read the same");
    }

    @Test
    void renamingARunRenamesItsRowBarAndTestAndKeepsItChosen() throws Exception {
        choose("tiny-s1", "tiny-s2");
        assertTrue(ui.call(() -> vm.runActions().rename(row("tiny-s2"), "  synthetic  baseline ")));
        await(ui.call(vm::refreshRows));
        settle();
        assertEquals("synthetic baseline", row("synthetic baseline").name());
        assertEquals("synthetic baseline", ui.call(() -> vm.runActions().labelOf(row("synthetic baseline"))));
        assertEquals(Set.of("tiny-s1", "synthetic baseline"), Set.copyOf(vm.selected().stream().map(RunRow::name).toList()));
        assertEquals(Set.of("tiny-s1", "synthetic baseline"), Set.copyOf(vm.bars().stream().map(MetricBar::label).toList()));
        assertEquals("synthetic baseline is better", vm.mcnemarRows().get(0).verdict());
        assertTrue(context.runs().runs().stream().anyMatch(r -> r.label().equals("synthetic baseline")),
                "the run choosers' list has the new label too");

        assertTrue(ui.call(() -> vm.runActions().rename(row("synthetic baseline"), " ")));
        await(ui.call(vm::refreshRows));
        assertEquals("faces · tiny · s2", row("faces · tiny · s2").name(), "blank: unnamed again");
    }

    @Test
    void notesAreKeptInTheRunFolder() throws Exception {
        assertTrue(ui.call(() -> vm.runActions().saveNotes(row("tiny-s1"), "augmentation off\nrerun with lr 1e-4")));
        await(ui.call(vm::refreshRows));
        assertEquals("augmentation off\nrerun with lr 1e-4", ui.call(() -> vm.runActions().notesOf(row("tiny-s1"))));
        assertEquals("tiny-s1", row("tiny-s1").name(), "notes leave the label alone");
        assertTrue(Files.readString(tmp.resolve("ws/runs/tiny-s1/label.json")).contains("rerun with lr 1e-4"));
    }

    @Test
    void removingARunAsksFirstThenTakesItOutOfEveryList() throws Exception {
        choose("tiny-s1", "tiny-s2");
        Path trash = Files.createDirectories(tmp.resolve("trash"));
        vm.runActions().setDeletion(new org.emotionworkbench.run.RunDeletion(f -> f.renameTo(trash.resolve(f.getName()).toFile())));
        String question = ui.call(() -> vm.runActions().removalQuestion(row("tiny-s2")));
        assertTrue(question.startsWith("Move the run “tiny-s2” (folder "), question);
        assertTrue(question.endsWith("to the trash?"), question);
        ui.run(() -> context.selectedRunProperty().set(context.runs().runs().stream()
                .filter(r -> r.name().equals("tiny-s2")).findFirst().orElseThrow()));
        assertTrue(ui.call(() -> vm.runActions().remove(row("tiny-s2"))));
        await(ui.call(vm::refreshRows));
        settle();
        assertEquals(List.of("other-s10", "tiny-s1"), vm.rows().stream().map(RunRow::name).sorted().toList());
        assertEquals(List.of("tiny-s1"), vm.selected().stream().map(RunRow::name).toList());
        assertEquals(null, context.selectedRunProperty().get(), "a removed run is no longer the chosen one");
        assertTrue(Files.isRegularFile(trash.resolve("tiny-s2/config.json")));

        vm.runActions().setDeletion(new org.emotionworkbench.run.RunDeletion(null));
        assertTrue(ui.call(() -> vm.runActions().removalQuestion(row("tiny-s1"))).contains("cannot be undone"));
    }

    @Test
    void aDeselectedComparisonIsEmpty() throws Exception {
        choose("tiny-s1", "tiny-s2");
        assertFalse(vm.bars().isEmpty());
        ui.run(() -> vm.select(List.of()));
        assertTrue(vm.bars().isEmpty());
        assertTrue(vm.mcnemarRows().isEmpty());
        assertNotNull(vm.configDiff().summaryProperty().get());
        assertTrue(vm.rows().stream().sorted(Comparator.comparing(RunRow::name)).findFirst().isPresent());
    }
}
