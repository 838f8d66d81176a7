package org.emotionworkbench.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.io.AtomicFiles;
import org.emotionworkbench.io.FileSizeLimit;

/**
 * {@code predictions.csv}: UTF-8, {@code \n} line endings, RFC-4180 quoting (a field containing a comma, a
 * double quote or a line break is enclosed in double quotes, inner quotes doubled). Layout:
 * <pre>
 * file,true,predicted,p_angry,p_disgust,p_fear,p_happy,p_neutral,p_sad,p_surprise
 * faces/a.png,happy,happy,0.01,0.0,0.02,0.9,0.03,0.02,0.02
 * "faces/x,""y"".png",,sad,...
 * </pre>
 * {@code true} and {@code predicted} are lower-case {@link Emotion#label()}s; {@code true} is empty when unknown.
 * Probabilities are written with {@link Float#toString(float)} (may use exponent notation, e.g. {@code 1.0E-5}),
 * so reading gives back the identical floats.
 */
public final class PredictionsCsv {

    public static final List<String> HEADER = header();

    private PredictionsCsv() {
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("file", "true", "predicted"));
        for (Emotion e : Emotion.values()) {
            h.add("p_" + e.label());
        }
        return List.copyOf(h);
    }

    public static String toCsv(List<Prediction> predictions) {
        StringBuilder sb = new StringBuilder(Csv.row(HEADER));
        List<String> fields = new ArrayList<>(HEADER.size());
        for (Prediction p : predictions) {
            fields.clear();
            fields.add(p.file());
            fields.add(p.trueLabel() == null ? "" : p.trueLabel().label());
            fields.add(p.predicted().label());
            for (float v : p.probabilities()) {
                fields.add(Float.toString(v));
            }
            sb.append(Csv.row(fields));
        }
        return sb.toString();
    }

    public static List<Prediction> fromCsv(String csv) {
        List<List<String>> rows = Csv.parse(csv);
        if (rows.isEmpty() || !rows.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("predictions CSV must start with header " + String.join(",", HEADER));
        }
        List<Prediction> out = new ArrayList<>(rows.size() - 1);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int line = r + 1;
            if (row.size() != HEADER.size()) {
                throw new IllegalArgumentException("record " + line + " has " + row.size() + " fields, expected "
                        + HEADER.size());
            }
            Emotion truth = row.get(1).isEmpty() ? null : emotion(row.get(1), line);
            Emotion predicted = emotion(row.get(2), line);
            float[] probs = new float[Emotion.COUNT];
            for (int i = 0; i < probs.length; i++) {
                try {
                    probs[i] = Float.parseFloat(row.get(3 + i));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("record " + line + ": bad probability " + row.get(3 + i), e);
                }
            }
            try {
                out.add(new Prediction(row.get(0), truth, predicted, probs));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("record " + line + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static Emotion emotion(String name, int line) {
        return Emotion.fromName(name)
                .orElseThrow(() -> new IllegalArgumentException("record " + line + ": unknown emotion '" + name + "'"));
    }

    /** Writes atomically (see {@link AtomicFiles}). */
    public static void write(Path file, List<Prediction> predictions) throws IOException {
        AtomicFiles.writeString(file, toCsv(predictions));
    }

    public static List<Prediction> read(Path file) throws IOException {
        FileSizeLimit.require(file, FileSizeLimit.MAX_CSV_BYTES, "predictions CSV");
        return fromCsv(Files.readString(file, StandardCharsets.UTF_8));
    }
}
