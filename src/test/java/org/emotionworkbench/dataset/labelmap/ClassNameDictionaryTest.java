package org.emotionworkbench.dataset.labelmap;

import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassNameDictionaryTest {
    private final ClassNameDictionary dict = ClassNameDictionary.builtIn();

    @Test
    void suggestsTheIndonesianFolderNamesOfTheSdFaces() {
        Map<String, Emotion> expected = Map.of("marah", Emotion.ANGRY, "netral", Emotion.NEUTRAL, "sedih", Emotion.SAD,
                "senang", Emotion.HAPPY, "terkejut", Emotion.SURPRISE);
        expected.forEach((folder, emotion) -> assertEquals(emotion, dict.suggest(folder).orElseThrow().emotion(), folder));
    }

    @Test
    void matchesWithoutCaseOrAccents() {
        assertEquals(Emotion.ANGRY, dict.suggest("Colère").orElseThrow().emotion());
        assertEquals(Emotion.HAPPY, dict.suggest("GLÜCKLICH").orElseThrow().emotion());
        assertEquals(Emotion.SAD, dict.suggest("üzgün").orElseThrow().emotion());
        assertEquals(Emotion.ANGRY, dict.suggest("kızgın").orElseThrow().emotion());
    }

    @Test
    void findsAKnownWordInsideALongerName() {
        assertEquals(Emotion.SAD, dict.suggest("03_sedih").orElseThrow().emotion());
        assertEquals(Emotion.FEAR, dict.suggest("very-scared faces").orElseThrow().emotion());
    }

    @Test
    void saysSkipForContemptAndNothingForUnknownOrConflictingNames() {
        assertTrue(dict.suggest("contempt").orElseThrow().skip());
        assertEquals("skip", dict.suggest("desprecio").orElseThrow().label());
        assertEquals(Optional.empty(), dict.suggest("folder42"));
        assertEquals(Optional.empty(), dict.suggest("happy_or_sad"));
        assertEquals(Optional.empty(), dict.suggest("   "));
    }

    @Test
    void knowsDatasetCodesAndChineseNames() {
        assertEquals(Emotion.FEAR, dict.suggest("AF").orElseThrow().emotion());
        assertEquals(Emotion.DISGUST, dict.suggest("DIS").orElseThrow().emotion());
        assertEquals(Emotion.SURPRISE, dict.suggest("惊讶").orElseThrow().emotion());
        assertTrue(dict.size() > 100);
    }
}
