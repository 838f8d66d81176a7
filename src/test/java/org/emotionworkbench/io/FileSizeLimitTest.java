package org.emotionworkbench.io;

import org.emotionworkbench.dataset.DatasetException;
import org.emotionworkbench.dataset.labels.LabelsCsv;
import org.emotionworkbench.evaluation.PredictionsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSizeLimitTest {
    @TempDir
    Path tmp;

    /** A sparse file one byte over the CSV limit: no disk is written, but its size is what a reader sees. */
    private Path oversized(String name) throws IOException {
        Path f = tmp.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(FileSizeLimit.MAX_CSV_BYTES + 1);
        }
        return f;
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeAndTheLimit() throws IOException {
        Path small = Files.writeString(tmp.resolve("ok.csv"), "a,b\n");
        assertDoesNotThrow(() -> FileSizeLimit.require(small, 4, "test CSV"));
        IOException e = assertThrows(IOException.class, () -> FileSizeLimit.require(small, 3, "test CSV"));
        assertTrue(e.getMessage().contains("test CSV") && e.getMessage().contains("4 bytes")
                && e.getMessage().contains("3 bytes"), e.getMessage());
    }

    @Test
    void predictionsAndLabelsCsvsOverTheLimitAreNotRead() throws IOException {
        Path predictions = oversized("predictions.csv");
        IOException p = assertThrows(IOException.class, () -> PredictionsCsv.read(predictions));
        assertTrue(p.getMessage().contains("predictions CSV"), p.getMessage());
        Path labels = oversized("labels.csv");
        DatasetException l = assertThrows(DatasetException.class, () -> LabelsCsv.read(labels));
        assertTrue(l.getMessage().contains("labels CSV"), l.getMessage());
    }
}
