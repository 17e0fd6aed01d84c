package dev.ateraharness.compare.internal;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The ratio of two Poisson rates, {@code (xB / eB) / (xA / eA)}, with the exact conditional interval: given
 * {@code n = xA + xB}, {@code xB} is binomial with {@code p = rB eB / (rA eA + rB eB)}; the Clopper-Pearson
 * interval for p maps to the rate ratio by {@code p / (1 - p) * eA / eB}. Conservative (coverage at least the
 * nominal level) and exact for small counts, where a normal approximation is not.
 *
 * <p>Zero events on both sides give NaN (nothing to compare). The upper bound is +infinity when every event
 * is the candidate's; the lower bound is 0 when none is; the estimate is +infinity when the baseline had none.
 */
public final class RateRatio {


    private RateRatio() {
    }

    public static RatioInterval of(long baselineCount, double baselineExposure, long candidateCount,
                              double candidateExposure, double confidence) {
        if (baselineCount < 0 || candidateCount < 0 || !(baselineExposure > 0) || !(candidateExposure > 0)) {
            throw new IllegalArgumentException("counts must be >= 0 and exposures > 0");
        }
        long n = baselineCount + candidateCount;
        if (n == 0) {
            return new RatioInterval(Double.NaN, Double.NaN, Double.NaN);
        }
        double alpha = 1 - confidence;
        double scale = baselineExposure / candidateExposure;
        double pLow = candidateCount == 0 ? 0
                : new BetaDistribution(null, candidateCount, n - candidateCount + 1.0)
                        .inverseCumulativeProbability(alpha / 2);
        double pHigh = candidateCount == n ? 1
                : new BetaDistribution(null, candidateCount + 1.0, (double) (n - candidateCount))
                        .inverseCumulativeProbability(1 - alpha / 2);
        double ratio = baselineCount == 0 ? Double.POSITIVE_INFINITY
                : (candidateCount / candidateExposure) / (baselineCount / baselineExposure);
        return new RatioInterval(ratio, odds(pLow) * scale, odds(pHigh) * scale);
    }

    private static double odds(double p) {
        return p >= 1 ? Double.POSITIVE_INFINITY : p / (1 - p);
    }
}
