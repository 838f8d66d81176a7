package org.emotionworkbench.ui.model;

import org.emotionworkbench.model.ModelAnalysis;
import org.emotionworkbench.model.NetworkLayer;
import org.emotionworkbench.model.Presets;
import org.emotionworkbench.ui.UiTestSupport;
import org.emotionworkbench.ui.WorkbenchContext;
import org.emotionworkbench.ui.workspace.RunEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Model screen's "Selected run" tab shows a fine-tuned run's network with its frozen layers marked. */
class RunNetworkViewModelTest {
    @TempDir
    Path tmp;
    private WorkbenchContext context;
    private RunNetworkViewModel vm;

    @BeforeEach
    void setUp() {
        context = UiTestSupport.directContext(tmp);
        vm = new RunNetworkViewModel(context);
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private RunEntry run(String name) {
        context.runs().refresh();
        return context.runs().runs().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private void waitForTasks() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!context.tasks().running().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        Thread.sleep(50);
    }

    @Test
    void aFineTunedRunShowsWhichLayersAreFrozenAndTheNonTrainableTotal() throws Exception {
        FineTunedRuns.write(context.workspace().runs().resolve("ft-tiny"), "3");
        context.selectedRunProperty().set(run("ft-tiny"));
        assertTrue(vm.rows().isEmpty(), "nothing is read while the tab is not showing");

        vm.activeProperty().set(true);
        waitForTasks();
        assertEquals("", vm.messageProperty().get());
        List<String> frozen = vm.rows().stream().filter(NetworkLayer::frozen).map(NetworkLayer::name).toList();
        List<String> all = vm.rows().stream().map(NetworkLayer::name).toList();
        assertEquals(6, all.size(), all.toString());
        assertEquals(all.subList(0, 3), frozen);
        long frozenParams = vm.rows().stream().filter(NetworkLayer::frozen).mapToLong(NetworkLayer::params).sum();
        long total = ModelAnalysis.of(Presets.get("tiny")).totalParams();
        assertEquals(String.format(java.util.Locale.ROOT, "Total params: %,d · trainable %,d · non-trainable %,d "
                + "(3 frozen layers)", total, total - frozenParams, frozenParams), vm.totalsProperty().get());
        assertTrue(vm.originProperty().get().startsWith("Fine-tuned from run /runs/tiny-parent"),
                vm.originProperty().get());
        assertTrue(vm.originProperty().get().contains("--freeze 3"), vm.originProperty().get());
        assertTrue(vm.summaryProperty().get().contains("Frozen"), vm.summaryProperty().get());
    }

    @Test
    void aRunWithoutAModelSaysSoAndShowsNoLayers() throws Exception {
        Path dir = FineTunedRuns.write(context.workspace().runs().resolve("gone"), "2");
        Files.delete(dir.resolve("model.zip"));
        vm.activeProperty().set(true);
        context.selectedRunProperty().set(run("gone"));
        waitForTasks();
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.messageProperty().get().contains("has no model.zip"), vm.messageProperty().get());
    }
}
