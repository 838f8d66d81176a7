package org.emotionworkbench.run;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DistinctLabelsTest {
    @Test
    void uniqueLabelsAreKeptAsTheyAre() {
        assertEquals(List.of("a · tiny · s1", "a · tiny · s2"),
                DistinctLabels.of(List.of("a · tiny · s1", "a · tiny · s2"), List.of("r1", "r2")));
    }

    @Test
    void aSharedLabelGetsEachRunsFolderName() {
        assertEquals(List.of("fer · pisa · s42 (run-a)", "other", "fer · pisa · s42 (run-b)"),
                DistinctLabels.of(List.of("fer · pisa · s42", "other", "fer · pisa · s42"), List.of("run-a", "o", "run-b")));
    }

    @Test
    void sameLabelAndFolderStillEndDistinct() {
        assertEquals(List.of("x (f)", "x (f) #2"), DistinctLabels.of(List.of("x", "x"), List.of("f", "f")));
        assertThrows(IllegalArgumentException.class, () -> DistinctLabels.of(List.of("x"), List.of()));
    }
}
