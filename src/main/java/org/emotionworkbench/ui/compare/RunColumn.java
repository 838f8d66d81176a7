package org.emotionworkbench.ui.compare;

import org.emotionworkbench.ui.common.Glossary;
import org.emotionworkbench.run.RunConfig;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of the runs table: the header, what a cell shows, and the key it sorts by (numbers as numbers,
 * dates as instants; rows without a value sort last).
 */
public enum RunColumn {
    NAME("Run", "The run's label (→ evaluation set for a cross-dataset evaluation); right-click a row to rename it. "
            + "Unnamed runs read data · model · seed; the row's tooltip has the folder.",
            RunRow::name, RunRow::name),
    MODEL("Model", "The model spec's name; for an imported model its file's name, marked (Keras); for a fine-tuned "
            + "one, its parent.",
            r -> r.config() == null ? null : r.config().modelName(), r -> text(r.config() == null ? null : r.config().modelName())),
    TRAIN_DATA("Trained on", "The training dataset (folder, CSV or manifest); \"imported\" for a model trained elsewhere.",
            RunColumn::trainData, r -> text(trainData(r))),
    EVAL_DATA("Evaluated on", "The images the figures are measured on: the run's own test split, or another dataset.",
            RunColumn::evalData, r -> text(evalData(r))),
    SEED("Seed", "The random seed of the run (split, initial weights, shuffling, augmentation).",
            r -> r.config() == null ? null : r.config().seed(),
            r -> r.config() == null ? "?" : r.config().seed() == null ? RunColumn.NOT_APPLICABLE : String.valueOf(r.config().seed())),
    EPOCHS("Epochs", "Epochs trained (of the most allowed).",
            r -> r.headline().epochsTrained() != null ? r.headline().epochsTrained()
                    : r.config() == null ? null : r.config().maxEpochs(),
            RunColumn::epochs),
    ACCURACY("Accuracy", Glossary.tooltipText(Metric.ACCURACY.glossaryTerms()),
            r -> r.headline().accuracy(), r -> number(r.headline().accuracy())),
    MACRO_F1("Macro F1", Glossary.tooltipText(Metric.MACRO_F1.glossaryTerms()),
            r -> r.headline().macroF1(), r -> number(r.headline().macroF1())),
    MACRO_PRECISION("Macro precision", Glossary.tooltipText(Metric.MACRO_PRECISION.glossaryTerms()),
            r -> r.headline().macroPrecision(), r -> number(r.headline().macroPrecision())),
    DATE("Date", "When the run was made.",
            r -> r.headline().created(), r -> r.headline().created() == null ? "" : Dates.FORMAT.format(r.headline().created()));

    /** What a cell shows for a setting an imported run does not have (seed, epochs). */
    static final String NOT_APPLICABLE = "—";

    private static final class Dates {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.systemDefault());
    }

    private final String header;
    private final String tooltip;
    private final Function<RunRow, ? extends Comparable<?>> key;
    private final Function<RunRow, String> text;

    RunColumn(String header, String tooltip, Function<RunRow, ? extends Comparable<?>> key, Function<RunRow, String> text) {
        this.header = header;
        this.tooltip = tooltip;
        this.key = key;
        this.text = text;
    }

    public String header() {
        return header;
    }

    public String tooltip() {
        return tooltip;
    }

    public String text(RunRow row) {
        return text.apply(row);
    }

    /** The value the column sorts by (null when the run has none). */
    public Comparable<?> key(RunRow row) {
        return key.apply(row);
    }

    /** Ascending by {@link #key}, rows without a value last, then by name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<RunRow> comparator() {
        Comparator<RunRow> byKey = (a, b) -> {
            Comparable ka = key(a);
            Comparable kb = key(b);
            if (ka == null || kb == null) {
                return ka == null ? (kb == null ? 0 : 1) : -1;
            }
            return ka instanceof String sa ? String.CASE_INSENSITIVE_ORDER.compare(sa, (String) kb) : ka.compareTo(kb);
        };
        return byKey.thenComparing(RunRow::name);
    }

    static String trainData(RunRow r) {
        RunConfig c = r.config();
        if (c == null) {
            return null;
        }
        return c.wasImported() ? "imported" : shortPath(c.trainRoot());
    }

    static String evalData(RunRow r) {
        if (!r.headline().isOwnTest()) {
            return r.headline().evaluation();
        }
        RunConfig c = r.config();
        if (c != null && c.wasImported() && c.evaluatedOn() == null) {
            return "not evaluated";
        }
        if (c == null || c.evaluatedOn() == null) {
            return null;
        }
        String on = c.evaluatedOn();
        if (on.startsWith("test:")) {
            return shortPath(on.substring(5)) + " (test split)";
        }
        return on.equals("validation") ? "validation split" : on;
    }

    /** The last part of a path, which is what tells datasets apart in a table (the tooltip has all of it). */
    static String shortPath(String path) {
        if (path == null || path.isBlank()) {
            return path;
        }
        try {
            Path p = Path.of(path).getFileName();
            return p == null ? path : p.toString();
        } catch (RuntimeException e) {
            return path;
        }
    }

    private static String epochs(RunRow r) {
        Integer trained = r.headline().epochsTrained();
        Integer max = r.config() == null ? null : r.config().maxEpochs();
        if (trained == null) {
            return r.config() != null && r.config().wasImported() ? NOT_APPLICABLE : max == null ? "" : "≤ " + max;
        }
        return max == null || max.equals(trained) ? String.valueOf(trained) : trained + " / " + max;
    }

    private static String number(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String text(String s) {
        return s == null ? "?" : s;
    }
}
