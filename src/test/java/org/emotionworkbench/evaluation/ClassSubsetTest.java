package org.emotionworkbench.evaluation;

import static org.emotionworkbench.dataset.Emotion.ANGRY;
import static org.emotionworkbench.dataset.Emotion.DISGUST;
import static org.emotionworkbench.dataset.Emotion.FEAR;
import static org.emotionworkbench.dataset.Emotion.HAPPY;
import static org.emotionworkbench.dataset.Emotion.NEUTRAL;
import static org.emotionworkbench.dataset.Emotion.SAD;
import static org.emotionworkbench.dataset.Emotion.SURPRISE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;

class ClassSubsetTest {
    private static final List<Emotion> FIVE = List.of(SURPRISE, ANGRY, HAPPY, NEUTRAL, SAD);
    private static final List<Emotion> SEVEN = List.of(Emotion.values());

    @Test
    void sharedClassesAreTheModelsAndTheTestSetsInCanonicalOrder() {
        ClassSubset s = ClassSubset.of(EvaluationClasses.SHARED, FIVE, SEVEN);

        assertEquals(List.of(ANGRY, HAPPY, NEUTRAL, SAD, SURPRISE), s.classes());
        assertTrue(s.classesDiffer());
        assertFalse(s.contains(DISGUST));
        assertEquals(List.of(ANGRY, HAPPY, NEUTRAL, SAD, SURPRISE),
                ClassSubset.of(EvaluationClasses.SHARED, SEVEN, FIVE).classes());
    }

    @Test
    void allKeepsTheSevenClassesAndStillKnowsWhetherTheyDiffer() {
        ClassSubset s = ClassSubset.of(EvaluationClasses.ALL, FIVE, SEVEN);

        assertEquals(SEVEN, s.classes());
        assertTrue(s.classesDiffer());
        assertEquals("", s.note(0));
        assertFalse(ClassSubset.of(EvaluationClasses.ALL, SEVEN, SEVEN).classesDiffer());
    }

    @Test
    void probabilitiesAreRenormalisedOverTheSharedClassesAndTheArgmaxStaysAmongThem() {
        ClassSubset s = ClassSubset.of(EvaluationClasses.SHARED, FIVE, SEVEN);
        float[] p = {0.1f, 0.2f, 0.4f, 0.3f, 0f, 0f, 0f};

        float[] r = s.restrict(p);

        assertArrayEquals(new float[]{0.25f, 0f, 0f, 0.75f, 0f, 0f, 0f}, r, 1e-6f);
        assertEquals(HAPPY, s.argmax(r));
        assertArrayEquals(new float[]{0.2f, 0f, 0f, 0.2f, 0.2f, 0.2f, 0.2f},
                s.restrict(new float[]{0f, 0.5f, 0.5f, 0f, 0f, 0f, 0f}), 1e-6f);
    }

    @Test
    void noSharedClassIsOneClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClassSubset.of(EvaluationClasses.SHARED, List.of(HAPPY, SAD), List.of(FEAR, DISGUST)));

        assertEquals("the model's classes (happy, sad) and the test set's (disgust, fear) have none in common: "
                + "nothing to evaluate with shared classes", e.getMessage());
    }

    @Test
    void theChoiceIsReadFromItsKeyAndAnythingElseIsRefused() {
        assertEquals(EvaluationClasses.SHARED, EvaluationClasses.parse(" Shared "));
        assertEquals(EvaluationClasses.ALL, EvaluationClasses.parse("all"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EvaluationClasses.parse("some"));
        assertEquals("classes must be all or shared, got 'some'", e.getMessage());
    }
}
