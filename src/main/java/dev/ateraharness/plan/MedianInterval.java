package dev.ateraharness.plan;

import java.util.Arrays;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The median of R runs and a distribution-free confidence interval for it from order statistics.
 *
 * <p>Why order statistics: sync times are bounded below by the floor, skewed, and with few keys often discrete
 * (whole windows), so a t-interval's normality assumption fails and a bootstrap of 30 values is coarse too. For
 * the sorted sample x(1) <= ... <= x(R), the interval [x(j), x(R+1-j)] covers the true median with probability
 * 1 - 2 P(B <= j-1), B ~ Binomial(R, 1/2), whatever the distribution (continuous or not: then "at least"). We take
 * the largest j whose coverage is >= the level. For R = 30 and 95 %: [x(10), x(21)], coverage 95.7 %. With
 * R < 6 no j reaches 95 %: the interval is [min, max] and {@link #coverage} says how much it really covers.
 *
 * @param median   sample median (mean of the two middle values for even R)
 * @param low      lower bound
 * @param high     upper bound
 * @param coverage the interval's exact coverage probability
 * @param min      smallest value
 * @param max      largest value
 * @param n        R
 */
public record MedianInterval(double median, double low, double high, double coverage, double min, double max, int n) {

    /** The interval at the given level (e.g. 0.95) over the values. */
    public static MedianInterval of(double[] values, double level) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double median = n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        int j = 1;
        double coverage = 1 - 2 * b.cumulativeProbability(0);
        for (int cand = 2; cand <= (n + 1) / 2; cand++) {
            double c = 1 - 2 * b.cumulativeProbability(cand - 1);
            if (c < level) {
                break;
            }
            j = cand;
            coverage = c;
        }
        return new MedianInterval(median, x[j - 1], x[n - j], coverage, x[0], x[n - 1], n);
    }
}
