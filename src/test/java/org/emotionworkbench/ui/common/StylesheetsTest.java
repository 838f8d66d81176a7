package org.emotionworkbench.ui.common;

import org.junit.jupiter.api.Test;

import javafx.css.CssParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every stylesheet lives in the top-level assets/styles/ and parses without errors; they scale with presentation mode
 * and their text colours stay readable on a projector.
 */
class StylesheetsTest {
    private static final List<String> SHEETS = Arrays.stream(Stylesheet.values()).map(Stylesheet::resource).toList();
    /** Modena's window background, and the grey of the status bar and the face cells. */
    private static final String WINDOW = "#f4f4f4";
    private static final String PANEL = "#eceff1";

    @Test
    void everyStylesheetIsInAssetsStylesAndNoneLivesElsewhere() throws IOException {
        Path styles = Path.of("assets/styles");
        Set<String> files;
        try (Stream<Path> list = Files.list(styles)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".css")).collect(Collectors.toSet());
        }
        assertEquals(Arrays.stream(Stylesheet.values()).map(Stylesheet::file).collect(Collectors.toSet()), files,
                "the .css files in assets/styles/ and the Stylesheet constants");
        List<Path> elsewhere;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/main")), Files.walk(Path.of("assets")))) {
            elsewhere = walk.filter(p -> p.toString().endsWith(".css") && !p.getParent().equals(styles)).toList();
        }
        assertEquals(List.of(), elsewhere, "stylesheets outside assets/styles/");
    }

    @Test
    void everyStylesheetLoadsFromTheClasspathAndParsesWithoutErrors() throws IOException {
        CssParser.errorsProperty().clear();
        for (Stylesheet sheet : Stylesheet.values()) {
            assertTrue(sheet.url().endsWith(sheet.resource()), sheet.url());
            javafx.css.Stylesheet parsed = new CssParser().parse(new URL(sheet.url()));
            assertFalse(parsed.getRules().isEmpty(), sheet + " has no rules");
        }
        assertEquals(List.of(), CssParser.errorsProperty().stream().map(Object::toString).toList());
    }

    @Test
    void everyFontSizeIsInEmExceptTheRootsSoThatPresentationModeScalesAllText() throws IOException {
        List<String> fixed = new ArrayList<>();
        for (String sheet : SHEETS) {
            Matcher m = Pattern.compile("-fx-font-size:\\s*[0-9.]+px").matcher(css(sheet));
            while (m.find()) {
                fixed.add(sheet + ": " + m.group());
            }
        }
        assertEquals(List.of(Stylesheet.WORKBENCH.resource() + ": -fx-font-size: 13px"), fixed);
    }

    @Test
    void hintAndCaptionColoursMeetWcagAaOnTheBackgroundsTheyAreShownOn() throws IOException {
        assertReadable(textFill(Stylesheet.WORKBENCH.resource(), ".hint"), WINDOW, PANEL);
        assertReadable(textFill(Stylesheet.WORKBENCH.resource(), ".error-text"), WINDOW, PANEL);
        assertReadable(textFill(Stylesheet.WORKBENCH.resource(), ".agrees-text"), WINDOW, PANEL);
        assertReadable(textFill(Stylesheet.DATASETS.resource(), ".label-caption"), PANEL, "#ffffff");
        assertReadable(textFill(Stylesheet.DATASETS.resource(), ".label-review"), "#ffffff");
        assertReadable(textFill(Stylesheet.TRAINING.resource(), ".best-epoch"), WINDOW);
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
