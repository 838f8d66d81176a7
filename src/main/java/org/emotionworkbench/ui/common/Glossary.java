package org.emotionworkbench.ui.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The workbench's glossary: one short, plain definition a term, from one resource ({@code glossary.json} beside the
 * UI classes). Views take their tooltips for these terms from here, and Help → Glossary lists them all.
 */
public final class Glossary {
    /** A term as it is written on screen, and what it means. */
    public record Entry(String term, String definition) {
        public Entry {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(definition, "definition");
        }
    }

    /** The resource the entries come from. */
    public static final String RESOURCE = "/org/emotionworkbench/ui/glossary.json";
    private static final List<Entry> ENTRIES = load();

    private Glossary() {
    }

    /** Every entry, in the resource's order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The definition of {@code term} (case ignored); an unknown term is a programming error. */
    public static String definition(String term) {
        return entry(term).definition();
    }

    public static Entry entry(String term) {
        String key = term.toLowerCase(Locale.ROOT);
        return ENTRIES.stream().filter(e -> e.term().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no glossary entry for '" + term + "'"));
    }

    /** "term: definition" for each term, a blank line between: the text of the terms' tooltip. */
    public static String tooltipText(String... terms) {
        StringBuilder text = new StringBuilder();
        for (String term : terms) {
            Entry e = entry(term);
            text.append(text.isEmpty() ? "" : "\n\n").append(e.term()).append(": ").append(e.definition());
        }
        return text.toString();
    }

    /** A tooltip with the terms' definitions (wrapped, shown quickly and long enough to read aloud). */
    public static Tooltip tooltip(String... terms) {
        Tooltip t = new Tooltip(tooltipText(terms));
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.getStyleClass().add("glossary-tooltip");
        return t;
    }

    /** Gives {@code control} the terms' tooltip; returns the control. */
    public static <C extends Control> C explain(C control, String... terms) {
        control.setTooltip(tooltip(terms));
        return control;
    }

    /** A label (a table header, say) that shows {@code text} and explains {@code terms}. */
    public static Label label(String text, String... terms) {
        return explain(new Label(text), terms);
    }

    private static List<Entry> load() {
        try (InputStream in = Objects.requireNonNull(Glossary.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Entry>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }
}
