package org.emotionworkbench.platform;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalizationHelper;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.floating.SquaredNorm;
import org.nd4j.linalg.api.ops.impl.reduce3.Dot;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * Batch-norm training maths for DL4J 1.0.0-M2.1 that reads memory the way it lies. The oneDNN helper DL4J installs
 * is fast at normalising but computes the batch statistics with reductions over the non-contiguous dimensions
 * {0, 2, 3} of an NCHW array, and its backward pass adds a correction term in about ten more passes with two
 * full-size temporaries. This helper keeps oneDNN for the normalisation (and for all of inference) and does the rest
 * with reductions along contiguous rows and a closed-form backward pass:
 * <ul>
 *   <li>forward (training): per (image, channel) row sums and squared sums, then over images: mean and biased
 *       variance {@code E[x²] − mean²} (DL4J's biased variance); when a channel's variance is small next to its
 *       squared mean, where this shortcut (and the backward pass's) would lose precision, that batch goes through
 *       DL4J's own helper instead, forward and backward;</li>
 *   <li>backward: {@code dβ = Σ dy}, {@code dγ = Σ dy·x̂}, and {@code dx = a·dy + b·x + c} with per-channel
 *       {@code a = γ/σ}, {@code b = −a·dγ/(Mσ)}, {@code c = −a·dβ/M − b·mean} (M values per channel): two row
 *       reductions and four passes.</li>
 * </ul>
 * Inference on channels-last (NHWC) data is done here too ({@link org.emotionworkbench.model.ChannelsLastCopy} runs
 * the workbench's networks that way); anything else (other data types, NHWC training, no γ/β) goes to the oneDNN
 * helper unchanged. Installed by
 * {@link Dl4jRuntime#prepare}; {@code -Demotionworkbench.fastbn=false} leaves DL4J's own helper in place.
 */
public final class FastBatchNormHelper implements BatchNormalizationHelper {
    /** Below this ratio of variance to squared mean, E[x²] − mean² loses too many float digits. */
    private static final double CANCELLATION_GUARD = 1e-3;

    private final BatchNormalizationHelper oneDnn;
    private INDArray meanCache;
    private INDArray varCache;
    private boolean lastTrainingDelegated;

    public FastBatchNormHelper(BatchNormalizationHelper oneDnn) {
        this.oneDnn = oneDnn;
    }

    public BatchNormalizationHelper delegate() {
        return oneDnn;
    }

    @Override
    public boolean checkSupported(double eps, boolean fixedGammaBeta) {
        return oneDnn.checkSupported(eps, fixedGammaBeta);
    }

    @Override
    public boolean checkSupported() {
        return oneDnn.checkSupported();
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return oneDnn.helperMemoryUse();
    }

    private static boolean handled(INDArray x, CNN2DFormat format) {
        return x.dataType() == DataType.FLOAT && Shape.hasDefaultStridesForShape(x) && x.ordering() == 'c'
                && (x.rank() == 2 || (x.rank() == 4 && format == CNN2DFormat.NCHW));
    }

    private static boolean channelsLastInference(INDArray x, CNN2DFormat format) {
        return format == CNN2DFormat.NHWC && x.rank() == 4 && x.dataType() == DataType.FLOAT
                && Shape.hasDefaultStridesForShape(x) && x.ordering() == 'c';
    }

    /**
     * Inference on channels-last data: {@code y = x·s + t} with per-channel {@code s = γ/√(var+ε)} and
     * {@code t = β − mean·s}, one pass over the {@code [n·h·w, c]} rows. DL4J's oneDNN helper gives wrong results for
     * NHWC input ({@link Dl4jRuntime#dropChannelsLastBatchNormHelpers}) and its own implementation is slow.
     */
    private static INDArray normaliseChannelsLast(INDArray x, INDArray gamma, INDArray beta, INDArray mean,
                                                  INDArray var, double eps, LayerWorkspaceMgr mgr) {
        long c = x.size(3);
        float[] m = mean.toFloatVector();
        float[] v = var.toFloatVector();
        float[] g = gamma == null ? null : gamma.toFloatVector();
        float[] b = beta == null ? null : beta.toFloatVector();
        float[] scale = new float[(int) c];
        float[] shift = new float[(int) c];
        for (int i = 0; i < c; i++) {
            double s = (g == null ? 1.0 : g[i]) / Math.sqrt(v[i] + eps);
            scale[i] = (float) s;
            shift[i] = (float) ((b == null ? 0.0 : b[i]) - m[i] * s);
        }
        INDArray out = mgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, x.shape(), 'c');
        INDArray rows = out.reshape('c', x.length() / c, c);
        rows.assign(x.reshape('c', x.length() / c, c));
        // small arrays in the current (workspace) memory, as the training path's statistics: not closed here
        rows.muliRowVector(Nd4j.createFromArray(scale)).addiRowVector(Nd4j.createFromArray(shift));
        return out;
    }

    @Override
    public INDArray preOutput(INDArray x, boolean training, long[] shape, INDArray gamma, INDArray beta,
                              INDArray mean, INDArray var, double decay, double eps, CNN2DFormat format,
                              LayerWorkspaceMgr mgr) {
        if (!training) {
            return channelsLastInference(x, format)
                    ? normaliseChannelsLast(x, gamma, beta, mean, var, eps, mgr)
                    : oneDnn.preOutput(x, false, shape, gamma, beta, mean, var, decay, eps, format, mgr);
        }
        lastTrainingDelegated = !handled(x, format) || gamma == null || beta == null;
        if (lastTrainingDelegated) {
            return oneDnn.preOutput(x, true, shape, gamma, beta, mean, var, decay, eps, format, mgr);
        }
        long n = x.size(0);
        long c = x.size(1);
        long hw = x.length() / (n * c);
        if (meanCache == null || meanCache.length() != c) {
            try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                meanCache = Nd4j.createUninitialized(DataType.FLOAT, c);
                varCache = Nd4j.createUninitialized(DataType.FLOAT, c);
            }
        }
        INDArray rows = x.reshape('c', n, c, hw);
        INDArray perImage = mgr.createUninitialized(ArrayType.FF_WORKING_MEM, DataType.FLOAT, n, c);
        rows.sum(perImage, 2);
        float[] sum = perImage.sum(0).toFloatVector();
        Nd4j.exec(new SquaredNorm(rows, perImage, 2));
        float[] squares = perImage.sum(0).toFloatVector();
        double count = (double) n * hw;
        float[] m = new float[(int) c];
        float[] v = new float[(int) c];
        boolean cancellation = false;
        for (int i = 0; i < c; i++) {
            double mu = sum[i] / count;
            double variance = squares[i] / count - mu * mu;
            cancellation |= variance < CANCELLATION_GUARD * mu * mu;
            m[i] = (float) mu;
            v[i] = (float) Math.max(variance, 0.0);
        }
        if (cancellation) { // the shortcut would lose digits here, forward and backward: DL4J's maths for this batch
            lastTrainingDelegated = true;
            return oneDnn.preOutput(x, true, shape, gamma, beta, mean, var, decay, eps, format, mgr);
        }
        meanCache.assign(Nd4j.createFromArray(m));
        varCache.assign(Nd4j.createFromArray(v));
        return oneDnn.preOutput(x, false, shape, gamma, beta, meanCache, varCache, decay, eps, format, mgr);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray epsilon, long[] shape, INDArray gamma,
                                                     INDArray beta, INDArray dGammaView, INDArray dBetaView,
                                                     double eps, CNN2DFormat format, LayerWorkspaceMgr mgr) {
        if (lastTrainingDelegated || !handled(input, format) || gamma == null) {
            return oneDnn.backpropGradient(input, epsilon, shape, gamma, beta, dGammaView, dBetaView, eps, format, mgr);
        }
        INDArray dy = Shape.hasDefaultStridesForShape(epsilon) && epsilon.ordering() == 'c' ? epsilon : epsilon.dup('c');
        long n = input.size(0);
        int c = (int) input.size(1);
        long hw = input.length() / (n * c);
        INDArray xRows = input.reshape('c', n, c, hw);
        INDArray dyRows = dy.reshape('c', n, c, hw);
        INDArray perImage = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT, n, c);
        dyRows.sum(perImage, 2);
        float[] sumDy = perImage.sum(0).toFloatVector();
        Nd4j.exec(new Dot(xRows, dyRows, perImage, 2));
        float[] sumDyX = perImage.sum(0).toFloatVector();
        float[] mean = meanCache.toFloatVector();
        float[] var = varCache.toFloatVector();
        float[] g = gamma.toFloatVector();

        double count = (double) n * hw;
        float[] dGamma = new float[c];
        float[] dBeta = new float[c];
        float[] a = new float[(int) (n * c)];
        float[] b = new float[a.length];
        float[] k = new float[a.length];
        for (int ch = 0; ch < c; ch++) {
            double inv = 1.0 / Math.sqrt(var[ch] + eps);
            double dg = (sumDyX[ch] - mean[ch] * (double) sumDy[ch]) * inv;
            double ac = g[ch] * inv;
            double bc = -ac * dg * inv / count;
            double cc = -ac * sumDy[ch] / count - bc * mean[ch];
            dGamma[ch] = (float) dg;
            dBeta[ch] = sumDy[ch];
            for (long img = 0; img < n; img++) {
                int row = (int) (img * c + ch);
                a[row] = (float) ac;
                b[row] = (float) bc;
                k[row] = (float) cc;
            }
        }
        dGammaView.assign(Nd4j.createFromArray(dGamma).reshape(dGammaView.shape()));
        dBetaView.assign(Nd4j.createFromArray(dBeta).reshape(dBetaView.shape()));

        long rowsTotal = n * c;
        INDArray dx = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT, input.shape());
        INDArray dxRows = dx.reshape('c', rowsTotal, hw);
        dxRows.assign(input.reshape('c', rowsTotal, hw));
        dxRows.muliColumnVector(Nd4j.createFromArray(b).reshape(rowsTotal, 1));
        dxRows.addiColumnVector(Nd4j.createFromArray(k).reshape(rowsTotal, 1));
        INDArray scaled = mgr.createUninitialized(ArrayType.BP_WORKING_MEM, DataType.FLOAT, rowsTotal, hw);
        scaled.assign(dy.reshape('c', rowsTotal, hw));
        scaled.muliColumnVector(Nd4j.createFromArray(a).reshape(rowsTotal, 1));
        dxRows.addi(scaled);

        Gradient gradient = new DefaultGradient();
        gradient.setGradientFor(BatchNormalizationParamInitializer.GAMMA, dGammaView);
        gradient.setGradientFor(BatchNormalizationParamInitializer.BETA, dBetaView);
        return new Pair<>(gradient, dx);
    }

    @Override
    public INDArray getMeanCache(DataType dataType) {
        return lastTrainingDelegated ? oneDnn.getMeanCache(dataType) : meanCache;
    }

    @Override
    public INDArray getVarCache(DataType dataType) {
        return lastTrainingDelegated ? oneDnn.getVarCache(dataType) : varCache;
    }
}
