package org.emotionworkbench.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PresetParameterCountTest {

    /**
     * Hand-computed figures. A 3×3 conv from c to f channels has 9·c·f + f parameters; batch-norm has 4 per
     * channel (2 trainable, 2 not); dense n→m has n·m + m. E.g. pisa: convs 320 + 9,248 + 18,496 + 36,928 + 73,856
     * + 295,168 = 434,016; batch-norm over 32+32+64+64+128+256+256 = 832 channels = 3,328 (1,664 non-trainable);
     * dense 2,304·256 + 256 = 590,080; output 256·7 + 7 = 1,799; total 1,029,223.
     */
    @ParameterizedTest(name = "{0}: {1} total, {2} non-trainable")
    @CsvSource({
            // pisa-1: convs 320+18496+73856 = 92,672; BN (32+64+128+256)·4 = 1,920; 6·6·128=4608 → dense 1,179,904; out 1,799
            "pisa,   1029223, 1664",
            "pisa-5, 1029223, 1664",
            "pisa-1, 1276295, 960",
            // pisa-2: convs 320+18496+73856+295168=387840; BN 32+64+128+256+256=736 → 2944; dense 2304·256+256=590080
            "pisa-2, 982663,  1472",
            // pisa-3: convs 387,840 + 1,180,160 (256→512); BN (32+64+128+256+512+256)·4 = 4,992;
            // 1×1×512 → dense 131,328; output 1,799
            "pisa-3, 1706119, 2496",
            // pisa-4: pisa-2 + conv 32→32 (9,248) + BN 32 (128)
            "pisa-4, 992039,  1536",
            // pisa-6: pisa + conv 128→128 (147,584) + BN 128 (512)
            "pisa-6, 1177319, 1920",
            // pisa-7: pisa-6 + conv 256→256 (590,080) + BN 256 (1,024)
            "pisa-7, 1768423, 2432",
            // pisa-8: pisa-7 + conv 32→32 (9,248) + BN 32 (128)
            "pisa-8, 1777799, 2496",
            // seed12: convs 320+9248+18496+36928+73856+147584+295168+590080+590080 = 1,761,760;
            // 3·3·256=2304 → 512: 1,180,160; 512→256: 131,328; 256→7: 1,799
            "seed12, 3075047, 0",
            // tiny: 80 + 1,168; 12·12·16=2304 → 32: 73,760; 32→7: 231
            "tiny,   75239,   0",
    })
    void presetHasHandComputedParameterCount(String preset, long total, long nonTrainable) {
        ModelAnalysis analysis = Presets.get(preset).analyse();
        assertEquals(total, analysis.totalParams());
        assertEquals(nonTrainable, analysis.nonTrainableParams());
        assertEquals(total - nonTrainable, analysis.trainableParams());
    }

    @Test
    void pisaMatchesKerasExactly() {
        ModelAnalysis pisa = Presets.get("pisa").analyse();
        assertEquals(1_029_223, pisa.totalParams());
        assertEquals(1_027_559, pisa.trainableParams());
        assertEquals(1_664, pisa.nonTrainableParams());
    }
}
