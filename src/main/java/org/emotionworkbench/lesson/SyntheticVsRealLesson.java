package org.emotionworkbench.lesson;

import org.emotionworkbench.dataset.DataSplit;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.Manifests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Synthetic vs real: the 476 Stable-Diffusion faces, a fifth of each class held out (stratified, seeded), against as
 * many FER2013 training faces as the synthetic training faces, drawn per class to the same counts (seeded); the same
 * model and seeds; every model evaluated on the FER2013 test folders, a real posed set and the held-out synthetic
 * faces (never trained on). The smaller, faster configuration of the study in docs/RESULTS.md §1.
 */
final class SyntheticVsRealLesson implements Lesson {
    static final long MATCH_SEED = 2026;
    /** The share of each synthetic class held out as the synthetic test set. */
    static final double SYNTHETIC_TEST_FRACTION = 0.2;
    static final DataNeed FER2013 = new DataNeed("FER2013", "fer2013", "test",
            "real faces, 48×48 grey, train/ and test/ class folders",
            "FER2013 (28,709 training and 7,178 test faces) is distributed on Kaggle as 'FER-2013' in exactly this "
                    + "layout; the original fer2013.csv can be written out as folders with 'dataset export'.");
    static final DataNeed SD_FACES = new DataNeed("SD faces", "synthetic/sd-emotion-faces-full/faces", "",
            "476 Stable-Diffusion faces in Indonesian class folders marah, netral, sedih, senang, terkejut",
            "They are the 512×512 images of the public repository Dhiandika/Facial-Expression-Recognition-Mediapipe "
                    + "(Dataset/faces); any synthetic faces in class folders can stand in, with a label map.");
    static final DataNeed TAIWANESE = new DataNeed("Taiwanese posed faces", "real/taiwanese-expressions", "",
            "1,223 real posed faces in 7 English class folders",
            "They are the Taiwanese Facial Expression Image Database (TFEID) sorted into class folders; any posed "
                    + "set in class folders can stand in.");

    @Override
    public String name() {
        return "synthetic-vs-real";
    }

    @Override
    public String title() {
        return "Synthetic vs real faces";
    }

    @Override
    public String summary() {
        return "381 Stable-Diffusion faces vs 381 FER2013 faces matched per class; tested on FER2013, on posed faces and on "
                + "95 held-out synthetic faces";
    }

    @Override
    public String duration() {
        return "≈ 5 min";
    }

    @Override
    public List<DataNeed> needs() {
        return List.of(FER2013, SD_FACES, TAIWANESE);
    }

    @Override
    public Map<String, String> prepare(Path datasetsRoot, Path dataDir) throws IOException {
        Manifest synthetic = Manifests.holdOut(
                LessonData.labelMapped(SD_FACES.resolve(datasetsRoot), "sd-faces.labelmap.json", dataDir),
                SYNTHETIC_TEST_FRACTION, MATCH_SEED); // its test split: the held-out synthetic faces
        Manifest realPool = LessonData.trainSplit(LessonData.folder(FER2013.resolve(datasetsRoot)));
        Manifest real = Manifests.match(realPool, synthetic.counts(DataSplit.TRAIN), "the SD training faces",
                MATCH_SEED).manifest();
        return Map.of(
                "synthetic", LessonData.write(synthetic, dataDir, "synthetic-sd-faces.json"),
                "real", LessonData.write(real, dataDir, "real-fer2013-matched.json"),
                "fer2013", FER2013.resolve(datasetsRoot).toString(),
                "taiwanese", TAIWANESE.resolve(datasetsRoot).toString());
    }
}
