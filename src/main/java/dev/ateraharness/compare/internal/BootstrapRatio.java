package dev.ateraharness.compare.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile-bootstrap interval for the ratio of one quantile between a baseline of one or more runs and one
 * candidate run: {@code q(candidate) / q(baseline)}. Seeded, so the same inputs and seed give the same interval
 * on every machine.
 *
 * <p>With one baseline run each side is resampled with replacement (same size as the side). With k >= 2 baseline
 * runs the bootstrap has two levels, because the runs of one workload differ by more than their samples say (a
 * load spike slows a whole run): the baseline's quantile is the geometric mean of its runs' quantiles; a resample
 * draws k runs with replacement and then samples within each drawn run; and the candidate, a single run, gets a
 * run effect drawn from the baseline runs' own spread (a run's log quantile minus the mean, inflated by
 * sqrt(k / (k - 1)) for the k runs it is estimated from). So a spike that slowed one baseline run widens the
 * interval rather than moving it.
 *
 * <p>A resample is drawn as counts per index over the sorted sample and the quantile read from the cumulative
 * counts: O(n) per resample, no sorting. Guarantees: the interval holds {@code confidence} of the resampled
 * ratios (two-sided, equal tails); NaN when a side is empty or a baseline quantile is not positive. With k = 1 the
 * result is the one-level bootstrap exactly.
 */
public final class BootstrapRatio {

    private BootstrapRatio() {
    }

    /** One baseline run. */
    public static RatioInterval of(double[] sortedBaseline, double[] sortedCandidate, double q, int resamples,
                                   double confidence, long seed) {
        return of(new double[][] {sortedBaseline}, sortedCandidate, q, resamples, confidence, seed);
    }

    /** One or more baseline runs (each sorted), one candidate run. */
    public static RatioInterval of(double[][] sortedBaselines, double[] sortedCandidate, double q, int resamples,
                                   double confidence, long seed) {
        int k = sortedBaselines.length;
        double[] logQ = new double[k];
        double meanLog = 0;
        for (int j = 0; j < k; j++) {
            double a = OrderStatistics.quantile(sortedBaselines[j], q);
            if (Double.isNaN(a) || a <= 0) {
                return new RatioInterval(Double.NaN, Double.NaN, Double.NaN);
            }
            logQ[j] = Math.log(a);
            meanLog += logQ[j] / k;
        }
        double b = OrderStatistics.quantile(sortedCandidate, q);
        if (Double.isNaN(b)) {
            return new RatioInterval(Double.NaN, Double.NaN, Double.NaN);
        }
        double point = k == 1 ? b / OrderStatistics.quantile(sortedBaselines[0], q) : b / Math.exp(meanLog);
        double[] effects = new double[k];
        double inflate = k > 1 ? Math.sqrt(k / (k - 1.0)) : 0;
        for (int j = 0; j < k; j++) {
            effects[j] = (logQ[j] - meanLog) * inflate;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        int[][] counts = new int[k][];
        for (int j = 0; j < k; j++) {
            counts[j] = new int[sortedBaselines[j].length];
        }
        int[] countsB = new int[sortedCandidate.length];
        int valid = 0;
        for (int r = 0; r < resamples; r++) {
            double sumLog = 0;
            double single = 0;
            boolean ok = true;
            for (int j = 0; j < k; j++) {
                int run = k == 1 ? 0 : random.nextInt(k);
                double qa = resampledQuantile(sortedBaselines[run], counts[run], q, random);
                if (!(qa > 0)) {
                    ok = false;
                }
                sumLog += Math.log(qa);
                single = qa;
            }
            double qb = resampledQuantile(sortedCandidate, countsB, q, random);
            double effect = k == 1 ? 0 : effects[random.nextInt(k)];
            if (ok) {
                // k = 1 divides by the resampled quantile itself: bit for bit the one-level bootstrap
                ratios[valid++] = k == 1 ? qb / single : qb * Math.exp(effect) / Math.exp(sumLog / k);
            }
        }
        if (valid == 0) {
            return new RatioInterval(point, Double.NaN, Double.NaN);
        }
        double[] r = Arrays.copyOf(ratios, valid);
        Arrays.sort(r);
        double alpha = 1 - confidence;
        return new RatioInterval(point, OrderStatistics.quantile(r, alpha / 2),
                OrderStatistics.quantile(r, 1 - alpha / 2));
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
