package org.emotionworkbench.run;

import org.emotionworkbench.training.EpochMetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code history.csv}: {@code epoch,loss,accuracy,val_loss,val_accuracy,lr,seconds}, one row per epoch. */
public final class HistoryCsv {
    public static final String HEADER = "epoch,loss,accuracy,val_loss,val_accuracy,lr,seconds";

    private HistoryCsv() {
    }

    public static String format(List<EpochMetrics> history) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (EpochMetrics m : history) {
            sb.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.6f,%.8g,%.3f%n", m.epoch(), m.loss(),
                    m.accuracy(), m.valLoss(), m.valAccuracy(), m.learningRate(), m.seconds()));
        }
        return sb.toString();
    }

    /** @throws IOException also when the file is over {@link RunFileCheck#MAX_READ_BYTES} (it is then not read) */
    public static List<EpochMetrics> read(Path file) throws IOException {
        RunFileCheck.requireReadableSize(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file.getFileName() + " is not text (not UTF-8)");
        }
        if (lines.isEmpty() || !lines.get(0).trim().equals(HEADER)) {
            throw new IOException(file + " is not a history.csv (expected header '" + HEADER + "')");
        }
        List<EpochMetrics> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            try {
                out.add(new EpochMetrics(Integer.parseInt(f[0].strip()), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6])));
            } catch (RuntimeException e) { // too few fields, not numbers, or values EpochMetrics refuses
                String shown = line.length() > 60 ? line.substring(0, 60) + "…" : line;
                throw new IOException(file.getFileName() + " line " + (i + 1) + " is not an epoch: '" + shown + "'");
            }
        }
        return out;
    }
}
