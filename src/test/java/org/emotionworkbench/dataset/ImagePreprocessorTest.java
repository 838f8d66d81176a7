package org.emotionworkbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePreprocessorTest {
    private static final int ORANGE = 0xFF8040; // r=255 g=128 b=64
    private static final float ORANGE_LUM = (float) ((0.299 * 255 + 0.587 * 128 + 0.114 * 64) / 255.0);

    @TempDir
    Path dir;

    private static void assertAll(float expected, float[] px, float tol) {
        assertEquals(ImageGeometry.PIXELS, px.length);
        for (float v : px) {
            assertEquals(expected, v, tol);
        }
    }

    @Test
    void gray8PngAt48IsExact() throws Exception {
        BufferedImage img = TestImages.grayRamp(48, 48);
        float[] px = ImagePreprocessor.load(TestImages.write(img, "png", dir.resolve("g.png")));
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                assertEquals(((x * 3 + y * 5) % 256) / 255f, px[y * 48 + x], 0f);
            }
        }
    }

    @Test
    void gray16PngScalesFrom65535() throws Exception {
        BufferedImage img = new BufferedImage(96, 96, BufferedImage.TYPE_USHORT_GRAY);
        WritableRaster r = img.getRaster();
        for (int y = 0; y < 96; y++) {
            for (int x = 0; x < 96; x++) {
                r.setSample(x, y, 0, 40000);
            }
        }
        float[] px = ImagePreprocessor.load(TestImages.write(img, "png", dir.resolve("g16.png")));
        assertAll((float) (40000 / 65535.0), px, 1e-6f);
    }

    @Test
    void rgbPngUsesBt601() throws Exception {
        float[] px = ImagePreprocessor.load(TestImages.write(
                TestImages.filled(64, 64, BufferedImage.TYPE_INT_RGB, ORANGE), "png", dir.resolve("rgb.png")));
        assertAll(ORANGE_LUM, px, 1e-6f);
    }

    @Test
    void rgbaPngIgnoresAlpha() throws Exception {
        BufferedImage img = TestImages.filled(50, 50, BufferedImage.TYPE_INT_ARGB, ORANGE | 0xFF000000);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                img.setRGB(x, y, (ORANGE & 0xFFFFFF) | (0x20 << 24)); // nearly transparent, same colour
            }
        }
        float[] px = ImagePreprocessor.load(TestImages.write(img, "png", dir.resolve("rgba.png")));
        assertAll(ORANGE_LUM, px, 1e-6f);
    }

    @Test
    void bgrBmp() throws Exception {
        float[] px = ImagePreprocessor.load(TestImages.write(
                TestImages.filled(30, 30, BufferedImage.TYPE_3BYTE_BGR, ORANGE), "bmp", dir.resolve("x.bmp")));
        assertAll(ORANGE_LUM, px, 1e-6f);
    }

    @Test
    void indexedPngAndGif() throws Exception {
        // 96 wide: left 48 columns black, right 48 white -> left half 0, right half 1 after 2:1 averaging
        BufferedImage img = TestImages.indexed(96, 96, 0x000000, 0xFFFFFF);
        for (String fmt : new String[] {"png", "gif"}) {
            float[] px = ImagePreprocessor.load(TestImages.write(img, fmt, dir.resolve("pal." + fmt)));
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 48; x++) {
                    assertEquals(x < 24 ? 0f : 1f, px[y * 48 + x], 0f, fmt + " at " + x + "," + y);
                }
            }
        }
        float[] colour = ImagePreprocessor.load(TestImages.encode(TestImages.indexed(48, 48, ORANGE, ORANGE), "gif"));
        assertAll(ORANGE_LUM, colour, 1e-6f);
    }

    @Test
    void jpegGrayAndColour() throws Exception {
        BufferedImage g = new BufferedImage(48, 48, BufferedImage.TYPE_BYTE_GRAY); // setRGB would gamma-convert
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 48; x++) {
                g.getRaster().setSample(x, y, 0, 128);
            }
        }
        float[] gray = ImagePreprocessor.load(TestImages.encode(g, "jpg"));
        assertAll(128 / 255f, gray, 2 / 255f);
        float[] rgb = ImagePreprocessor.load(TestImages.encode(
                TestImages.filled(200, 200, BufferedImage.TYPE_3BYTE_BGR, ORANGE), "jpg"));
        assertAll(ORANGE_LUM, rgb, 3 / 255f);
    }

    @Test
    void cmykJpegDecodes() throws Exception {
        float[] px = ImagePreprocessor.load(TestImages.cmykJpeg(96, 96));
        // left 24 output columns: no ink (white); right 24: full K (black); allow JPEG/colour-conversion slack
        for (int y = 0; y < 48; y++) {
            assertTrue(px[y * 48 + 5] > 0.9f, "white half " + px[y * 48 + 5]);
            assertTrue(px[y * 48 + 40] < 0.25f, "black half " + px[y * 48 + 40]);
        }
    }

    @Test
    void anyAspectAndTinyImagesGive48x48() throws Exception {
        assertAll(ORANGE_LUM, ImagePreprocessor.load(TestImages.encode(
                TestImages.filled(1, 1, BufferedImage.TYPE_INT_RGB, ORANGE), "png")), 1e-6f);
        assertAll(ORANGE_LUM, ImagePreprocessor.load(TestImages.encode(
                TestImages.filled(1000, 3, BufferedImage.TYPE_INT_RGB, ORANGE), "png")), 1e-6f);
        assertAll(ORANGE_LUM, ImagePreprocessor.load(TestImages.encode(
                TestImages.filled(20, 300, BufferedImage.TYPE_INT_RGB, ORANGE), "bmp")), 1e-6f);
    }

    @Test
    void badFilesHaveShortReasons() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.png"));
        assertEquals("empty file", assertThrows(DecodeException.class, () -> ImagePreprocessor.load(empty)).getMessage());

        Path text = Files.writeString(dir.resolve("notes.png"), "hello, not a picture", StandardCharsets.UTF_8);
        assertTrue(assertThrows(DecodeException.class, () -> ImagePreprocessor.load(text)).getMessage()
                .startsWith("not an image"));

        byte[] jpeg = TestImages.encode(TestImages.grayRamp(200, 200), "jpg");
        Path truncated = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        assertEquals("truncated JPEG",
                assertThrows(DecodeException.class, () -> ImagePreprocessor.load(truncated)).getMessage());

        byte[] png = TestImages.encode(TestImages.grayRamp(200, 200), "png");
        Path cutPng = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
        String reason = assertThrows(DecodeException.class, () -> ImagePreprocessor.load(cutPng)).getMessage();
        assertTrue(reason.contains("PNG"), reason);

        assertEquals("file not found", assertThrows(DecodeException.class,
                () -> ImagePreprocessor.load(dir.resolve("missing.jpg"))).getMessage());
    }

    @Test
    void bytesAndFileAgree() throws Exception {
        BufferedImage img = TestImages.grayRamp(77, 61);
        byte[] png = TestImages.encode(img, "png");
        Path f = Files.write(dir.resolve("a.png"), png);
        assertArrayEquals(ImagePreprocessor.load(png), ImagePreprocessor.load(f));
        assertArrayEquals(ImagePreprocessor.preprocess(img), ImagePreprocessor.load(f));
    }

    @Test
    void aPngClaimingThirtyThousandPixelsASideIsRefusedFromItsHeader() throws Exception {
        byte[] bomb = org.emotionworkbench.platform.HostileFileCorpus.pngClaiming(30_000);
        assertTrue(bomb.length < 100, "a tiny file");
        long before = System.nanoTime();
        DecodeException e = assertThrows(DecodeException.class, () -> ImagePreprocessor.decode(bomb));
        assertTrue(e.getMessage().contains("30000×30000 pixels"), e.getMessage());
        assertTrue(e.getMessage().contains("refused without decoding"), e.getMessage());
        assertTrue((System.nanoTime() - before) / 1e9 < 5, "refused at once");
    }
}
