package org.emotionworkbench.ui.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * TensorBoard's smoothing of a training curve: an exponential moving average with weight {@code w} in [0, 1), debiased
 * so that the first points are not pulled towards 0 ({@code s_t = m_t / (1 − w^(t+1))}, {@code m_t = w·m_(t−1) +
 * (1 − w)·v_t}). Weight 0 leaves the curve as it is; non-finite values are passed over and kept as they are.
 */
final class CurveSmoothing {
    private CurveSmoothing() {
    }

    static List<Double> ema(List<Double> values, double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        List<Double> out = new ArrayList<>(values.size());
        double last = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                out.add(v);
                continue;
            }
            last = last * weight + (1 - weight) * v;
            n++;
            out.add(last / (1 - Math.pow(weight, n)));
        }
        return out;
    }
}
