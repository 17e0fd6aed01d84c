package dev.ateraharness.compare.internal;

/**
 * A ratio candidate / baseline with its confidence interval; NaN where undefined, +infinity where unbounded.
 *
 * @param ratio the point estimate
 * @param low the lower bound
 * @param high the upper bound
 */
public record RatioInterval(double ratio, double low, double high) {
}
