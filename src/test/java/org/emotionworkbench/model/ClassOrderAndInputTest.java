package org.emotionworkbench.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.emotionworkbench.dataset.Emotion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassOrderAndInputTest {
    @Test
    void fer2013sOrderPutsNeutralLastAndMapsOutputsToTheCanonicalOrder() {
        ClassOrder fer = ClassOrder.parse("FER2013");
        assertEquals(Emotion.NEUTRAL, fer.outputs().get(6));
        assertEquals(Emotion.SAD, fer.outputs().get(4));
        float[] canonical = fer.toCanonical(new float[]{0f, 0f, 0f, 0f, 0.1f, 0.2f, 0.7f});
        assertEquals(0.7f, canonical[Emotion.NEUTRAL.ordinal()]);
        assertEquals(0.1f, canonical[Emotion.SAD.ordinal()]);
        assertEquals(0.2f, canonical[Emotion.SURPRISE.ordinal()]);
        assertEquals(ClassOrder.canonical(), ClassOrder.parse("alphabetical"));
    }

    @Test
    void aSubsetListGivesZeroForTheEmotionsWithoutAnOutput() {
        ClassOrder five = ClassOrder.parse("happy, anger, neutral, sadness, surprised");
        assertEquals(List.of(Emotion.HAPPY, Emotion.ANGRY, Emotion.NEUTRAL, Emotion.SAD, Emotion.SURPRISE), five.outputs());
        float[] c = five.toCanonical(new float[]{0.5f, 0.1f, 0.2f, 0.1f, 0.1f});
        assertEquals(0f, c[Emotion.DISGUST.ordinal()]);
        assertEquals(0f, c[Emotion.FEAR.ordinal()]);
        assertEquals(0.5f, c[Emotion.HAPPY.ordinal()]);
        assertThrows(IllegalArgumentException.class, () -> five.toCanonical(new float[7]));
    }

    @Test
    void badOrdersAreRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassOrder.parse("happy,joy"));
        assertTrue(e.getMessage().contains("'joy' is not an emotion"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ClassOrder.parse("happy,happy"));
        assertTrue(e.getMessage().contains("at most once"), e.getMessage());
    }

    @Test
    void specsRoundTripThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        InputSpec spec = new InputSpec(64, 64, 3, true, PixelScaling.ofMeanStd("103.9,116.8,123.7", "1,1,1"));
        assertEquals(spec, json.readValue(json.writeValueAsString(spec), InputSpec.class));
        assertEquals(ClassOrder.FER2013, json.readValue(json.writeValueAsString(ClassOrder.FER2013), ClassOrder.class));
        assertEquals("[\"angry\",\"disgust\",\"fear\",\"happy\",\"sad\",\"surprise\",\"neutral\"]",
                json.writeValueAsString(ClassOrder.FER2013));
    }

    @Test
    void pixelsAreScaledAsDeclared() {
        assertEquals(-1f, PixelScaling.SYMMETRIC.apply(0f, 0), 1e-6);
        assertEquals(1f, PixelScaling.SYMMETRIC.apply(1f, 0), 1e-6);
        assertEquals(0.5f, PixelScaling.UNIT.apply(0.5f, 0), 1e-6);
        PixelScaling perChannel = PixelScaling.ofMeanStd("0,255", "255,255");
        assertEquals(1f, perChannel.apply(1f, 0), 1e-6);
        assertEquals(0f, perChannel.apply(1f, 1), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> PixelScaling.ofRange("0,255"));
        assertThrows(IllegalArgumentException.class, () -> new InputSpec(64, 64, 1, true, perChannel),
                "two channel means for a grey model");
        assertThrows(IllegalArgumentException.class, () -> new InputSpec(4, 4, 1, true, PixelScaling.UNIT));
        assertThrows(IllegalArgumentException.class, () -> new InputSpec(64, 64, 2, true, PixelScaling.UNIT));
    }

    @Test
    void greyFacesAreReplicatedOnEveryChannelInTheDeclaredLayout() {
        float[] face = new float[48 * 48];
        face[0] = 1f; // top-left pixel white, the rest black
        float[] nhwc = new float[48 * 48 * 3];
        new InputSpec(48, 48, 3, true, PixelScaling.UNIT).fill(face, nhwc, 0);
        assertArrayEquals(new float[]{1f, 1f, 1f, 0f}, java.util.Arrays.copyOf(nhwc, 4));
        float[] nchw = new float[48 * 48 * 3];
        new InputSpec(48, 48, 3, false, PixelScaling.UNIT).fill(face, nchw, 0);
        assertEquals(1f, nchw[0]);
        assertEquals(0f, nchw[1]);
        assertEquals(1f, nchw[48 * 48]);
        assertEquals(1f, nchw[2 * 48 * 48]);
        float[] bigger = new float[64 * 64];
        new InputSpec(64, 64, 1, true, PixelScaling.SYMMETRIC).fill(face, bigger, 0);
        assertTrue(bigger[0] > -1f && bigger[64 * 64 - 1] == -1f, "resized to 64x64, then scaled to [-1, 1]");
        assertArrayEquals(new int[]{64, 48, 3}, InputSpec.parseSize("64x48x3"));
        assertThrows(IllegalArgumentException.class, () -> InputSpec.parseSize("64x64"));
    }
}
