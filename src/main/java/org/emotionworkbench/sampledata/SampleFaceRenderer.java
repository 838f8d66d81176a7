package org.emotionworkbench.sampledata;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.emotionworkbench.dataset.Emotion;
import org.emotionworkbench.dataset.ImageGeometry;

/**
 * Draws procedural 48×48 grayscale cartoon faces whose brows, eyes and mouth express one of the seven emotions.
 *
 * <p>Each emotion has a prototype expression (brow slant/height/arch, eye opening, mouth curve/opening/width,
 * upper-lip asymmetry, wrinkles). A face scales the prototype's deviation from neutral by a random intensity
 * (0.45–1.15) and adds per-feature noise, so weak expressions drift towards neutral and neighbouring prototypes
 * overlap (sad/neutral, fear/surprise, angry/disgust), as in real data. Nuisance variation: face position, size,
 * aspect and tilt, skin and background brightness, a lighting gradient, hair, feature darkness and pixel noise.
 *
 * <p>Rendering is Java2D with antialiasing on a {@link BufferedImage#TYPE_BYTE_GRAY} image; everything random
 * comes from the caller's {@link RandomGenerator}, so the same generator state gives the same pixels (on the same
 * JDK: Java2D's antialiasing rasteriser may change between JDK versions).
 */
public final class SampleFaceRenderer {
    private static final int SIDE = ImageGeometry.SIDE;

    /** Expression parameters in face units (≈ pixels at scale 1; y grows downwards, negative dy = raise). */
    private record Expression(double browInner, double browOuter, double browHeight, double browArch,
                              double eyeOpen, double mouthWidth, double mouthCurve, double mouthOpen,
                              double mouthRound, double lipRaise, double wrinkle, double glabella) {

        Expression towards(Expression target, double k) {
            return new Expression(
                    lerp(browInner, target.browInner, k), lerp(browOuter, target.browOuter, k),
                    lerp(browHeight, target.browHeight, k), lerp(browArch, target.browArch, k),
                    lerp(eyeOpen, target.eyeOpen, k), lerp(mouthWidth, target.mouthWidth, k),
                    lerp(mouthCurve, target.mouthCurve, k), lerp(mouthOpen, target.mouthOpen, k),
                    lerp(mouthRound, target.mouthRound, k), lerp(lipRaise, target.lipRaise, k),
                    lerp(wrinkle, target.wrinkle, k), lerp(glabella, target.glabella, k));
        }

        private static double lerp(double a, double b, double k) {
            return a + (b - a) * k;
        }
    }

    private static final Expression NEUTRAL =
            new Expression(0, 0, 0, 0.4, 1.0, 5.5, 0, 0, 0, 0, 0, 0);

    private static Expression prototype(Emotion e) {
        return switch (e) {
            //                          inner outer height arch  eye   mw   curve open round lip  wrinkle glab
            case ANGRY -> new Expression(2.6, -1.2, 0.8, -0.3, 0.70, 4.6, -0.9, 0.0, 0.0, 0.0, 0.0, 1.0);
            case DISGUST -> new Expression(1.4, 0.4, 0.5, 0.0, 0.50, 5.0, -1.2, 0.9, 0.0, 2.2, 1.0, 0.4);
            case FEAR -> new Expression(-2.4, 0.2, -1.4, -0.4, 1.75, 6.0, -0.9, 2.2, 0.0, 0.0, 0.0, 0.3);
            case HAPPY -> new Expression(0.0, 0.2, -0.3, 0.7, 0.75, 7.0, 3.4, 1.0, 0.0, 0.0, 0.0, 0.0);
            case NEUTRAL -> NEUTRAL;
            case SAD -> new Expression(-2.3, 1.0, 0.0, 0.0, 0.80, 5.0, -2.4, 0.0, 0.0, 0.0, 0.0, 0.0);
            case SURPRISE -> new Expression(-2.6, -2.4, -2.2, 1.8, 1.85, 3.4, 0.0, 5.0, 1.0, 0.0, 0.0, 0.0);
        };
    }

    /** Renders one face of class {@code emotion}, consuming {@code rng}. */
    public BufferedImage render(Emotion emotion, RandomGenerator rng) {
        Objects.requireNonNull(emotion, "emotion");
        Objects.requireNonNull(rng, "rng");
        double intensity = emotion == Emotion.NEUTRAL ? 0 : 0.45 + 0.7 * rng.nextDouble();
        Expression x = NEUTRAL.towards(prototype(emotion), intensity);
        x = jitter(x, rng);
        boolean mirror = rng.nextBoolean();

        double bg = 0.3 + 0.4 * rng.nextDouble();
        double bg2 = clamp(bg + gauss(rng, 0.08));
        double skin = 0.55 + 0.25 * rng.nextDouble();
        double ink = clamp(skin - 0.45 - 0.15 * rng.nextDouble());
        double cx = SIDE / 2.0 + gauss(rng, 0.7);
        double cy = SIDE / 2.0 + 1 + gauss(rng, 0.7);
        double scale = 0.95 + 0.1 * rng.nextDouble();
        double aspect = 0.95 + 0.08 * rng.nextDouble();
        double tilt = Math.toRadians(gauss(rng, 2.5));

        BufferedImage img = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setPaint(new GradientPaint(0, 0, gray(bg), SIDE, SIDE, gray(bg2)));
            g.fillRect(0, 0, SIDE, SIDE);

            AffineTransform face = new AffineTransform();
            face.translate(cx, cy);
            face.rotate(tilt);
            face.scale(scale * aspect, scale);
            g.transform(face);

            // shoulders / neck
            g.setColor(gray(skin * 0.85));
            g.fill(new Ellipse2D.Double(-6, 12, 12, 16));
            // hair behind the head
            int hair = rng.nextInt(3);
            double hairTone = rng.nextDouble() < 0.8 ? 0.2 + 0.15 * rng.nextDouble() : 0.6 + 0.15 * rng.nextDouble();
            if (hair == 2) {
                g.setColor(gray(hairTone));
                g.fill(new Ellipse2D.Double(-18.5, -23, 37, 38));
            }
            // head with side lighting
            double light = gauss(rng, 0.08);
            g.setPaint(new GradientPaint(-15, 0, gray(skin + light), 15, 0, gray(skin - light)));
            g.fill(new Ellipse2D.Double(-15, -19, 30, 38));
            if (hair >= 1) {
                g.setColor(gray(hairTone));
                Path2D cap = new Path2D.Double();
                double line = -13 - 2 * rng.nextDouble();
                cap.moveTo(-15.5, -4);
                cap.curveTo(-16, -22, 16, -22, 15.5, -4);
                cap.curveTo(12, line, -12, line + gauss(rng, 1), -15.5, -4);
                g.fill(cap);
            }
            if (mirror) {
                g.scale(-1, 1);
            }
            drawBrows(g, x, ink);
            drawEyes(g, x, skin, ink, rng);
            drawNose(g, x, skin, ink);
            drawMouth(g, x, skin, ink);
        } finally {
            g.dispose();
        }
        addNoise(img, 0.01 + 0.025 * rng.nextDouble(), rng);
        return img;
    }

    private static Expression jitter(Expression x, RandomGenerator rng) {
        return new Expression(
                x.browInner() + gauss(rng, 0.6), x.browOuter() + gauss(rng, 0.6),
                x.browHeight() + gauss(rng, 0.7), x.browArch() + gauss(rng, 0.4),
                Math.max(0.3, x.eyeOpen() + gauss(rng, 0.15)), Math.max(2.5, x.mouthWidth() + gauss(rng, 0.6)),
                x.mouthCurve() + gauss(rng, 0.6), Math.max(0, x.mouthOpen() + gauss(rng, 0.4)),
                x.mouthRound(), x.lipRaise() + gauss(rng, 0.3), x.wrinkle(), x.glabella());
    }

    private static void drawBrows(Graphics2D g, Expression x, double ink) {
        g.setColor(gray(ink));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double base = -8.5 + x.browHeight();
        for (int side = -1; side <= 1; side += 2) {
            double xi = 2.6 * side;
            double xo = 10.0 * side;
            double yi = base + x.browInner();
            double yo = base + x.browOuter();
            Path2D brow = new Path2D.Double();
            brow.moveTo(xi, yi);
            brow.quadTo((xi + xo) / 2, (yi + yo) / 2 - 2 * x.browArch(), xo, yo);
            g.draw(brow);
        }
        if (x.glabella() > 0.2) { // frown lines between the brows
            g.setColor(gray(ink, 0.6 * x.glabella()));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Line2D.Double(-0.8, base + x.browInner() - 0.5, -0.6, base + x.browInner() + 2));
            g.draw(new Line2D.Double(0.8, base + x.browInner() - 0.5, 0.6, base + x.browInner() + 2));
        }
    }

    private static void drawEyes(Graphics2D g, Expression x, double skin, double ink, RandomGenerator rng) {
        double ry = 1.4 * x.eyeOpen();
        double rx = 2.8;
        double lookX = gauss(rng, 0.3);
        for (int side = -1; side <= 1; side += 2) {
            double ex = 6.3 * side;
            double ey = -3.2;
            Ellipse2D eye = new Ellipse2D.Double(ex - rx, ey - ry, 2 * rx, 2 * ry);
            g.setColor(gray(Math.min(1, skin + 0.25)));
            g.fill(eye);
            java.awt.Shape clip = g.getClip();
            g.clip(eye);
            g.setColor(gray(ink * 0.6));
            double ir = 1.35;
            g.fill(new Ellipse2D.Double(ex + lookX - ir, ey - ir, 2 * ir, 2 * ir));
            g.setClip(clip);
            g.setColor(gray(ink));
            g.setStroke(new BasicStroke(0.9f));
            Path2D lid = new Path2D.Double();
            lid.moveTo(ex - rx, ey);
            lid.curveTo(ex - rx, ey - 1.33 * ry, ex + rx, ey - 1.33 * ry, ex + rx, ey);
            g.draw(lid);
        }
    }

    private static void drawNose(Graphics2D g, Expression x, double skin, double ink) {
        g.setColor(gray(skin - 0.12));
        g.setStroke(new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(0.4, -1.0, 1.0, 3.6));
        g.setColor(gray(ink, 0.8));
        g.fill(new Ellipse2D.Double(-2.2, 3.8, 1.6, 1.0));
        g.fill(new Ellipse2D.Double(0.6, 3.8, 1.6, 1.0));
        if (x.wrinkle() > 0.2) { // nose wrinkles (disgust)
            g.setColor(gray(ink, 0.7 * x.wrinkle()));
            g.setStroke(new BasicStroke(0.8f));
            for (int side = -1; side <= 1; side += 2) {
                g.draw(new Line2D.Double(1.6 * side, 0.0, 2.8 * side, 1.4));
                g.draw(new Line2D.Double(1.8 * side, 1.5, 3.4 * side, 2.7));
            }
        }
    }

    private static void drawMouth(Graphics2D g, Expression x, double skin, double ink) {
        double my = 10.0 + 0.3 * x.mouthOpen() * x.mouthRound();
        double hw = x.mouthWidth();
        double cornerY = my - x.mouthCurve() / 2;   // corners up for a positive curve
        double midY = my + x.mouthCurve() / 2;      // middle down for a positive curve
        double open = x.mouthOpen();
        double lipL = x.lipRaise();                 // raises the left part of the upper lip (mirrored randomly)
        Path2D upper = new Path2D.Double();
        upper.moveTo(-hw, cornerY - 0.5 * lipL);
        upper.curveTo(-hw / 3, 2 * midY - cornerY - 1.2 * lipL - (x.mouthRound() * open * 0.5),
                hw / 3, 2 * midY - cornerY - (x.mouthRound() * open * 0.5), hw, cornerY);
        if (x.mouthRound() > 0.5 && open > 1.5) { // round "O" of surprise
            double ry = 0.8 + 0.65 * open;
            double rx = Math.max(2.2, 0.8 * hw);
            Ellipse2D o = new Ellipse2D.Double(-rx, my - 1.0 - ry / 3, 2 * rx, 2 * ry);
            g.setColor(gray(ink * 0.5));
            g.fill(o);
            g.setColor(gray(ink));
            g.setStroke(new BasicStroke(0.9f));
            g.draw(o);
            return;
        }
        if (lipL > 0.8) { // nasolabial fold on the raised side (disgust)
            g.setColor(gray(ink, 0.35 * lipL));
            g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D fold = new Path2D.Double();
            fold.moveTo(-2.6, 3.6);
            fold.quadTo(-hw - 0.5, cornerY - lipL, -hw - 0.8, cornerY + 1.0);
            g.draw(fold);
        }
        if (open > 0.35) {
            Path2D hole = new Path2D.Double(upper);
            double bottom = 2 * midY - cornerY + open * (1.5 + 0.3 * x.mouthRound());
            hole.curveTo(hw / 2, bottom, -hw / 2, bottom, -hw, cornerY - 0.5 * lipL);
            hole.closePath();
            g.setColor(gray(ink * 0.5));
            g.fill(hole);
            if (x.mouthCurve() > 1.5 && open > 0.6) { // teeth of an open smile
                java.awt.Shape clip = g.getClip();
                g.clip(hole);
                g.setColor(gray(Math.min(1, skin + 0.2)));
                g.fill(new java.awt.geom.Rectangle2D.Double(-hw, midY - 3, 2 * hw, 3 + 0.3 * open));
                g.setClip(clip);
            }
            g.setColor(gray(ink));
            g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(hole);
        } else {
            g.setColor(gray(ink));
            g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(upper);
        }
        if (x.mouthCurve() < -1.0) { // chin / lower-lip shadow
            g.setColor(gray(skin - 0.08));
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Line2D.Double(-hw / 3, my + 3.2, hw / 3, my + 3.2));
        }
    }

    private static void addNoise(BufferedImage img, double sigma, RandomGenerator rng) {
        WritableRaster r = img.getRaster();
        for (int y = 0; y < SIDE; y++) {
            for (int xx = 0; xx < SIDE; xx++) {
                double v = r.getSample(xx, y, 0) + 255 * sigma * rng.nextGaussian();
                r.setSample(xx, y, 0, (int) Math.round(Math.max(0, Math.min(255, v))));
            }
        }
    }

    /** The image's pixels, row-major, in [0,1] (for a {@code TYPE_BYTE_GRAY} image of any size). */
    public static float[] pixels(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        float[] out = new float[w * h];
        WritableRaster r = img.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = r.getSample(x, y, 0) / 255f;
            }
        }
        return out;
    }

    private static double gauss(RandomGenerator rng, double sigma) {
        return sigma * rng.nextGaussian();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static Color gray(double v) {
        int c = (int) Math.round(clamp(v) * 255);
        return new Color(c, c, c);
    }

    private static Color gray(double v, double alpha) {
        int c = (int) Math.round(clamp(v) * 255);
        return new Color(c, c, c, (int) Math.round(clamp(alpha) * 255));
    }
}
