package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmotionTest {
    @Test
    void aliasesMatchCaseInsensitively() {
        assertEquals(Optional.of(Emotion.ANGRY), Emotion.fromName("Anger"));
        assertEquals(Optional.of(Emotion.ANGRY), Emotion.fromName("angry"));
        assertEquals(Optional.of(Emotion.DISGUST), Emotion.fromName("DISGUSTED"));
        assertEquals(Optional.of(Emotion.FEAR), Emotion.fromName("fearful"));
        assertEquals(Optional.of(Emotion.HAPPY), Emotion.fromName("Happiness"));
        assertEquals(Optional.of(Emotion.NEUTRAL), Emotion.fromName(" neutral "));
        assertEquals(Optional.of(Emotion.SAD), Emotion.fromName("sadness"));
        assertEquals(Optional.of(Emotion.SURPRISE), Emotion.fromName("Surprised"));
    }

    @Test
    void otherNamesDoNotMatch() {
        assertTrue(Emotion.fromName("contempt").isEmpty());
        assertTrue(Emotion.fromName("happy2").isEmpty());
        assertTrue(Emotion.fromName("").isEmpty());
    }
}
