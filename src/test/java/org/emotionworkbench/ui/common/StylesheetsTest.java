package org.emotionworkbench.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stylesheets scale with presentation mode and their text colours stay readable on a projector. */
class StylesheetsTest {
    private static final List<String> SHEETS = List.of("/assets/workbench.css", "/assets/compare.css",
            "/assets/model/model.css", "/org/emotionworkbench/ui/datasets/datasets.css",
            "/org/emotionworkbench/ui/training/training.css");
    /** Modena's window background, and the grey of the status bar and the face cells. */
    private static final String WINDOW = "#f4f4f4";
    private static final String PANEL = "#eceff1";

    @Test
    void everyFontSizeIsInEmExceptTheRootsSoThatPresentationModeScalesAllText() throws IOException {
        List<String> fixed = new ArrayList<>();
        for (String sheet : SHEETS) {
            Matcher m = Pattern.compile("-fx-font-size:\\s*[0-9.]+px").matcher(css(sheet));
            while (m.find()) {
                fixed.add(sheet + ": " + m.group());
            }
        }
        assertEquals(List.of("/assets/workbench.css: -fx-font-size: 13px"), fixed);
    }

    @Test
    void hintAndCaptionColoursMeetWcagAaOnTheBackgroundsTheyAreShownOn() throws IOException {
        assertReadable(textFill("/assets/workbench.css", ".hint"), WINDOW, PANEL);
        assertReadable(textFill("/assets/workbench.css", ".error-text"), WINDOW, PANEL);
        assertReadable(textFill("/assets/workbench.css", ".agrees-text"), WINDOW, PANEL);
        assertReadable(textFill("/org/emotionworkbench/ui/datasets/datasets.css", ".label-caption"), PANEL, "#ffffff");
        assertReadable(textFill("/org/emotionworkbench/ui/datasets/datasets.css", ".label-review"), "#ffffff");
        assertReadable(textFill("/org/emotionworkbench/ui/training/training.css", ".best-epoch"), WINDOW);
    }

    @Test
    void theContrastFormulaGivesWcagsKnownRatios() {
        assertEquals(21.0, WcagContrast.ratio("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, WcagContrast.ratio("#777777", "#777777"), 1e-9);
        assertEquals(4.48, WcagContrast.ratio("#777777", "#ffffff"), 0.01); // the classic just-failing grey
    }

    private static void assertReadable(String colour, String... backgrounds) {
        for (String bg : backgrounds) {
            double ratio = WcagContrast.ratio(colour, bg);
            assertTrue(ratio >= 4.5, colour + " on " + bg + " has contrast " + ratio + ":1, below WCAG AA (4.5:1)");
        }
    }

    private static String textFill(String sheet, String selector) throws IOException {
        Matcher m = Pattern.compile(Pattern.quote(selector) + "\\s*\\{[^}]*-fx-text-fill:\\s*(#[0-9a-fA-F]{6})")
                .matcher(css(sheet));
        assertTrue(m.find(), sheet + " has no text colour for " + selector);
        return m.group(1);
    }

    private static String css(String sheet) throws IOException {
        try (InputStream in = Objects.requireNonNull(StylesheetsTest.class.getResourceAsStream(sheet), sheet)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
