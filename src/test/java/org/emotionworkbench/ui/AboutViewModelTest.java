package org.emotionworkbench.ui;

import org.emotionworkbench.run.AboutFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AboutViewModelTest {
    @Test
    void showsTheSameFactsAsVersionAndTheWorkspace(@TempDir Path tmp) throws Exception {
        WorkbenchContext context = UiTestSupport.directContext(tmp);
        AboutViewModel vm = new AboutViewModel(context);
        assertEquals(AboutViewModel.GATHERING, vm.textProperty().get());
        vm.load().future().get(2, TimeUnit.MINUTES);
        String text = vm.textProperty().get();
        assertTrue(text.startsWith(String.join("\n", AboutFacts.current().lines())), text);
        assertTrue(text.endsWith("Workspace: " + context.workspace().root()), text);
        context.close();
    }
}
