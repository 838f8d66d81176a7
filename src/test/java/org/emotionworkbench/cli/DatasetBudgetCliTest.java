package org.emotionworkbench.cli;

import org.emotionworkbench.dataset.LoadBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On the command line a dataset over the image limit is one clear message and exit code 2, no stack trace. */
class DatasetBudgetCliTest {
    @Test
    void aFolderOverTheImageLimitIsOneMessage(@TempDir Path tmp) throws Exception {
        Path happy = Files.createDirectories(tmp.resolve("many/happy"));
        for (int i = 0; i < 6; i++) {
            Files.write(happy.resolve("f" + i + ".png"), new byte[]{1, 2, 3});
        }
        String old = System.getProperty(LoadBudget.MAX_IMAGES_PROPERTY);
        System.setProperty(LoadBudget.MAX_IMAGES_PROPERTY, "5");
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[]{"dataset", "inspect", tmp.resolve("many").toString(), "--no-cache"},
                    new PrintWriter(out), new PrintWriter(err));
            String e = err.toString();
            assertEquals(2, code, e);
            assertTrue(e.contains("holds 6 images") && e.contains("the limit is 5 images (-D"
                    + LoadBudget.MAX_IMAGES_PROPERTY + ")") && e.contains("dataset manifest --data"), e);
            assertFalse(e.contains("Exception") || e.contains("\tat "), e);
        } finally {
            if (old == null) {
                System.clearProperty(LoadBudget.MAX_IMAGES_PROPERTY);
            } else {
                System.setProperty(LoadBudget.MAX_IMAGES_PROPERTY, old);
            }
        }
    }
}
