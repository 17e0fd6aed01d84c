package dev.ateraharness.compare.internal;

import java.util.Arrays;

/**
 * Sorted samples and their nearest-rank quantiles (Commons Math's R_1, as the latency check reports them), and a
 * bounded summary of a large sample: at most {@code k} evenly spaced order statistics.
 *
 * <p>Why a summary rather than a random subsample: it is deterministic (a history record is reproducible) and it
 * keeps the tails exactly where the quantiles we compare live. Bootstrapping over a summary of k points treats
 * the run as if it had k samples, so its intervals are wider than the full sample's: conservative, never
 * falsely narrow.
 */
public final class OrderStatistics {

    private OrderStatistics() {
    }

    /** A sorted copy with NaN removed. */
    public static double[] sorted(double[] samples) {
        double[] s = Arrays.stream(samples).filter(d -> !Double.isNaN(d)).toArray();
        Arrays.sort(s);
        return s;
    }

    /** Nearest-rank quantile of sorted data, {@code q} in (0, 1]; NaN for no data. */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    /** At most {@code k} order statistics of sorted data, evenly spaced and always keeping min and max. */
    public static double[] summary(double[] sorted, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be >= 2");
        }
        if (sorted.length <= k) {
            return sorted.clone();
        }
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            out[i] = sorted[(int) Math.round(i * (sorted.length - 1) / (double) (k - 1))];
        }
        return out;
    }
}
