package dev.ateraharness.compare;

import dev.ateraharness.compare.internal.OrderStatistics;
import java.util.Objects;

/**
 * One figure of a run as a comparison needs it: its samples (bounded), a count over an exposure (a Poisson
 * rate), or one exact value against a limit.
 *
 * <p>Guarantees: {@code samples} are sorted and hold at most {@link #MAX_SAMPLES} evenly spaced order statistics
 * of the run's {@code n} samples (see {@code OrderStatistics}: comparisons over a summary are conservative);
 * counts are non-negative and exposures positive. {@code higherIsWorse} says which way a regression goes.
 *
 * @param name stable id: {@code latencyMs}, {@code syncDurationMs}, {@code status429}, {@code retries},
 *             {@code utilisation}, {@code maxInWindow}
 * @param unit what the values or the exposure are in ({@code ms}, {@code per request}, ...)
 * @param kind which fields are meaningful
 * @param higherIsWorse whether a larger candidate value is a regression
 * @param samples SAMPLES only: sorted summary of the samples
 * @param n SAMPLES: how many samples the run had; COUNT: the count; EXACT: unused (0)
 * @param exposure COUNT only: what the count is per (requests, or the limit's capacity over the run)
 * @param value EXACT only: the value
 * @param limit EXACT only: the bound the value is judged against, NaN when none
 */
public record FigureData(String name, String unit, Kind kind, boolean higherIsWorse, double[] samples, long n,
                         double exposure, double value, double limit) {

    /** Samples kept per figure in a record (and bootstrapped over). */
    public static final int MAX_SAMPLES = 2000;

    /** Which fields of a figure are meaningful. */
    public enum Kind { SAMPLES, COUNT, EXACT }

    public FigureData {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        samples = samples == null ? new double[0] : samples;
        if (kind == Kind.COUNT && (n < 0 || !(exposure > 0))) {
            throw new IllegalArgumentException(name + ": a count needs count >= 0 and exposure > 0");
        }
    }

    /** Samples (any order; NaN dropped), kept as at most {@link #MAX_SAMPLES} order statistics. */
    public static FigureData samples(String name, String unit, double[] raw) {
        double[] sorted = OrderStatistics.sorted(raw);
        return new FigureData(name, unit, Kind.SAMPLES, true, OrderStatistics.summary(sorted, MAX_SAMPLES),
                sorted.length, Double.NaN, Double.NaN, Double.NaN);
    }

    /** A count of events over an exposure; the candidate's rate is compared with the baseline's. */
    public static FigureData count(String name, String unit, long count, double exposure, boolean higherIsWorse) {
        return new FigureData(name, unit, Kind.COUNT, higherIsWorse, new double[0], count, exposure, Double.NaN,
                Double.NaN);
    }

    /** One exact value judged against a limit (NaN for none). */
    public static FigureData exact(String name, String unit, double value, double limit) {
        return new FigureData(name, unit, Kind.EXACT, true, new double[0], 0, Double.NaN, value, limit);
    }

    /** The count of a COUNT figure. */
    public long count() {
        return n;
    }

    /** COUNT: the rate (count / exposure); EXACT: the value; SAMPLES: the median. */
    public double headline() {
        return switch (kind) {
            case COUNT -> n / exposure;
            case EXACT -> value;
            case SAMPLES -> OrderStatistics.quantile(samples, 0.5);
        };
    }
}
