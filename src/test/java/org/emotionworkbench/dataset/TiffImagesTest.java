package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Path;
import java.util.List;
import org.emotionworkbench.dataset.labels.UnlabelledFolder;
import org.emotionworkbench.dataset.manifest.Manifest;
import org.emotionworkbench.dataset.manifest.ManifestJson;
import org.emotionworkbench.dataset.manifest.ManifestLoader;
import org.emotionworkbench.dataset.manifest.Manifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 256×256 grey TIFFs, as a classic posed-expression set ships them, are images like any other. */
class TiffImagesTest {
    private static final int SIDE = 256;
    private static final int[] GRAY8 = {10, 80, 160, 250};
    private static final int[] GRAY16 = {1000, 20000, 40000, 65000};

    @TempDir
    Path tmp;

    /** Quadrants top-left, top-right, bottom-left, bottom-right; 256 splits into 128 + 128, i.e. 24 + 24 at 48×48. */
    private static BufferedImage quadrants(int type, int[] values) {
        BufferedImage img = new BufferedImage(SIDE, SIDE, type);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                r.setSample(x, y, 0, values[(y < SIDE / 2 ? 0 : 2) + (x < SIDE / 2 ? 0 : 1)]);
            }
        }
        return img;
    }

    private static void assertQuadrants(float[] pixels, int[] values, double max) {
        for (int y = 0; y < ImageGeometry.SIDE; y++) {
            for (int x = 0; x < ImageGeometry.SIDE; x++) {
                int q = (y < 24 ? 0 : 2) + (x < 24 ? 0 : 1);
                assertEquals(values[q] / max, pixels[y * ImageGeometry.SIDE + x], 1e-6, "pixel " + x + "," + y);
            }
        }
    }

    private Path writeBothTiffs(Path classFolder) {
        TestImages.write(quadrants(BufferedImage.TYPE_BYTE_GRAY, GRAY8), "tiff", classFolder.resolve("a-gray8.tif"));
        TestImages.write(quadrants(BufferedImage.TYPE_USHORT_GRAY, GRAY16), "tiff", classFolder.resolve("b-gray16.TIFF"));
        return classFolder;
    }

    private LoadOptions options() {
        return LoadOptions.defaults().withCacheDir(tmp.resolve("cache")).withThreads(2);
    }

    @Test
    void acceptedExtensionsAreImageIoReaderSuffixesTiffIncluded() {
        assertTrue(ImageFormats.EXTENSIONS.containsAll(List.of("png", "jpg", "jpeg", "bmp", "gif", "tif", "tiff")),
                ImageFormats.EXTENSIONS.toString());
        assertTrue(ImageFormats.isImageName(Path.of("KA.AN1.39.TIFF")));
        assertTrue(ImageFormats.isImageName(Path.of("faces/a.tif")));
        assertFalse(ImageFormats.isImageName(Path.of("readme.txt")));
        assertFalse(ImageFormats.isImageName(Path.of("tif")));
        assertTrue(ImageFormats.globs().containsAll(List.of("*.tif", "*.TIF", "*.tiff")), ImageFormats.globs().toString());
    }

    @Test
    void eightAndSixteenBitGreyTiffsInClassFoldersLoadWithExactPixelsAt48x48() {
        Path root = tmp.resolve("posed");
        writeBothTiffs(root.resolve("happy"));

        LoadedDataset ds = DatasetLoader.load(root, options());

        assertEquals(2, ds.report().count(DataSplit.TRAIN, Emotion.HAPPY), ds.report().toText());
        assertTrue(ds.report().skippedFiles().isEmpty(), ds.report().toText());
        assertQuadrants(ds.train().get(0).pixels(), GRAY8, 255.0);
        assertQuadrants(ds.train().get(1).pixels(), GRAY16, 65535.0);
    }

    @Test
    void tiffsInAManifestLoad() throws Exception {
        Path root = tmp.resolve("posed");
        writeBothTiffs(root.resolve("test/sad"));
        Manifest m = Manifests.fromFolder(root, FolderLabels.names());
        Path file = tmp.resolve("posed.json");
        ManifestJson.write(m, file);

        LoadedDataset ds = ManifestLoader.load(file, options(), LoadMonitor.NONE);

        assertEquals(2, ds.report().count(DataSplit.TEST, Emotion.SAD), ds.report().toText());
        assertQuadrants(ds.test().get(1).pixels(), GRAY16, 65535.0);
    }

    @Test
    void theLabellingFolderListsTiffs() {
        Path dir = writeBothTiffs(tmp.resolve("unlabelled/batch1"));

        List<ImageFile> files = UnlabelledFolder.list(tmp.resolve("unlabelled"));

        assertEquals(List.of(dir.resolve("a-gray8.tif"), dir.resolve("b-gray16.TIFF")),
                files.stream().map(ImageFile::path).toList());
    }
}
