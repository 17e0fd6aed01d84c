package dev.ateraharness.stats.internal;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The exact (Garwood 1936) confidence interval for a Poisson mean given an observed count x:
 * [chi2(alpha/2; 2x)/2, chi2(1-alpha/2; 2x+2)/2], lower bound 0 when x = 0. Conservative: its coverage is at
 * least the nominal level for every mean.
 */
public final class Garwood {

    private Garwood() {
    }

    /** {lower, upper} for the mean count, at the given two-sided confidence level (e.g. 0.95). */
    public static double[] interval(long x, double confidence) {
        if (x < 0 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("need x >= 0 and 0 < confidence < 1");
        }
        double alpha = 1 - confidence;
        double lower = x == 0 ? 0 : new ChiSquaredDistribution(null, 2.0 * x)
                .inverseCumulativeProbability(alpha / 2) / 2;
        double upper = new ChiSquaredDistribution(null, 2.0 * x + 2)
                .inverseCumulativeProbability(1 - alpha / 2) / 2;
        return new double[] {lower, upper};
    }
}
