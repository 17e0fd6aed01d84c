package dev.ateraharness.compare.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile-bootstrap interval for the ratio of one quantile between two independent samples:
 * {@code q(candidate) / q(baseline)}. Each side is resampled with replacement (same size as the side) from a
 * seeded generator, so the same inputs and seed give the same interval on every machine.
 *
 * <p>A resample is drawn as counts per index over the sorted sample and the quantile read from the cumulative
 * counts: O(n) per resample, no sorting. Guarantees: the interval holds {@code confidence} of the resampled
 * ratios (two-sided, equal tails); NaN when either side is empty or the baseline's resampled quantile is 0.
 */
public final class BootstrapRatio {


    private BootstrapRatio() {
    }

    public static RatioInterval of(double[] sortedBaseline, double[] sortedCandidate, double q, int resamples,
                              double confidence, long seed) {
        double a = OrderStatistics.quantile(sortedBaseline, q);
        double b = OrderStatistics.quantile(sortedCandidate, q);
        if (Double.isNaN(a) || Double.isNaN(b) || a <= 0) {
            return new RatioInterval(Double.NaN, Double.NaN, Double.NaN);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        int[] countsA = new int[sortedBaseline.length];
        int[] countsB = new int[sortedCandidate.length];
        int valid = 0;
        for (int r = 0; r < resamples; r++) {
            double qa = resampledQuantile(sortedBaseline, countsA, q, random);
            double qb = resampledQuantile(sortedCandidate, countsB, q, random);
            if (qa > 0) {
                ratios[valid++] = qb / qa;
            }
        }
        if (valid == 0) {
            return new RatioInterval(b / a, Double.NaN, Double.NaN);
        }
        double[] r = Arrays.copyOf(ratios, valid);
        Arrays.sort(r);
        double alpha = 1 - confidence;
        return new RatioInterval(b / a, OrderStatistics.quantile(r, alpha / 2), OrderStatistics.quantile(r, 1 - alpha / 2));
    }

    private static double resampledQuantile(double[] sorted, int[] counts, double q, SplittableRandom random) {
        int n = sorted.length;
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            counts[random.nextInt(n)]++;
        }
        int rank = Math.min(n, Math.max(1, (int) Math.ceil(q * n)));
        int seen = 0;
        for (int i = 0; i < n; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return sorted[i];
            }
        }
        return sorted[n - 1];
    }
}
