package org.emotionworkbench.ui.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A settings file that cannot be used never fails a start: defaults are used and the bad file is kept aside. */
class SettingsLoadTest {
    @TempDir
    Path tmp;

    private Path settings(byte[] content) throws IOException {
        return Files.write(tmp.resolve("settings.json"), content);
    }

    private List<Path> keptAside() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("settings.json.bad-")).toList();
        }
    }

    /** Defaults, a problem naming {@code reason}, and the bad bytes kept beside the settings file, unchanged. */
    private void assertRefusedAndKept(byte[] content, String reason) throws IOException {
        Path f = settings(content);
        SettingsLoad loaded = SettingsLoad.from(f);
        assertEquals(WorkbenchSettings.DEFAULTS, loaded.settings());
        assertTrue(loaded.hasProblem());
        assertTrue(loaded.problem().contains(reason), loaded.problem());
        assertTrue(loaded.problem().contains("defaults are used"), loaded.problem());
        assertFalse(Files.exists(f), "the bad file is moved aside, so the next save cannot overwrite it");
        List<Path> aside = keptAside();
        assertEquals(1, aside.size());
        assertTrue(loaded.problem().contains(aside.get(0).getFileName().toString()), loaded.problem());
        assertArrayEquals(content, Files.readAllBytes(aside.get(0)));
    }

    @Test
    void aTruncatedFileIsKeptAsideAndDefaultsAreUsed() throws IOException {
        assertRefusedAndKept("{\"workspace\": \"/home/ann/ws\", \"uiScale".getBytes(), "line 1");
    }

    @Test
    void valuesOfTheWrongTypeAreRefused() throws IOException {
        assertRefusedAndKept("{\"workspace\": \"/w\", \"uiScalePercent\": \"huge\"}".getBytes(), "huge");
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        byte[] garbage = new byte[512];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37 + 11);
        }
        assertRefusedAndKept(garbage, "cannot be used");
        String problem = SettingsLoad.from(settings(garbage)).problem();
        assertTrue(problem.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0xFFFD),
                "the garbage is not echoed into the window: " + problem);
    }

    @Test
    void anAbsurdlyLargeFileIsNotReadAtAll() throws IOException {
        byte[] big = new byte[(int) SettingsLoad.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        assertRefusedAndKept(big, "bytes long");
    }

    @Test
    void aZoomNoSessionCouldHaveSavedIsRefused() throws IOException {
        assertRefusedAndKept("{\"uiScalePercent\": 10000}".getBytes(), "zoom 10000 % is outside 100–200 %");
    }

    @Test
    void aFileHoldingOnlyNullMeansDefaultsNotACrash() throws IOException {
        assertRefusedAndKept("null".getBytes(), "holds no settings");
    }

    @Test
    void aGoodFileIsReadAndLeftAlone() throws IOException {
        Path f = tmp.resolve("settings.json");
        new WorkbenchSettings("/w", "/d", 150).save(f);
        SettingsLoad loaded = SettingsLoad.from(f);
        assertNull(loaded.problem());
        assertEquals(new WorkbenchSettings("/w", "/d", 150), loaded.settings());
        assertTrue(keptAside().isEmpty());
        assertFalse(SettingsLoad.from(tmp.resolve("missing.json")).hasProblem(), "no file is no problem");
    }
}
