package dev.ateraharness.stats;

import java.time.Duration;

/**
 * The run figures every report prints, defined here only (the docs' table in figures.md names each one): the
 * console line of the simulations, the checks' details (and so verdict.json, summary.md, the HTML and
 * {@code check}'s table) and the planner all call these, so the same arrivals give the same number everywhere.
 *
 * <ul>
 *   <li><b>capacity</b> of a span T: N x (floor(T/W) + 1), the most arrivals an exact sliding log admits in a
 *       closed interval of length T (T meets at most floor(T/W) + 1 disjoint windows).</li>
 *   <li><b>utilisation</b> of a key: its arrivals / capacity of its span (first to last arrival); every arrival
 *       counts, whatever its status, as in the window check. A compliant key never exceeds 100 %: a compliant
 *       burst of N in the first seconds of a window is exactly 100 % (a rate / (N/W) would read far above).</li>
 *   <li><b>near-limit windows</b>: disjoint windows [t, t+W) holding at least {@link #NEAR} x N arrivals, found
 *       greedily from the first arrival.</li>
 * </ul>
 * The rate (x - 1)/T and its Poisson interval are separate figures ({@link ThroughputCheck}); the maximum in any
 * window is the {@link WindowCheck}'s.
 */
public final class Figures {

    /** A window is "near the limit" when it holds at least this share of N. */
    public static final double NEAR = 0.9;

    private Figures() {
    }

    /** A share printed as every report prints it: {@code 0.76 -> "76.0%"}; "-" for NaN. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
    }

    /**
     * The floor of a sync of {@code requests} page requests on one key: {@code floor((R-1)/N) * W}, the time the
     * fastest schedule a sliding log admits needs to send them (N at once, N more a window later, ...); 0 for
     * R <= 1. The planner's {@code plan.Floor} and the run's verdict both use this.
     */
    public static long floorNanos(long requests, int limit, long windowNanos) {
        if (requests <= 1) {
            return 0;
        }
        return Math.multiplyExact((requests - 1) / limit, windowNanos);
    }

    /** N x (floor(T/W) + 1) for a span of {@code spanNanos} >= 0. */
    public static long capacity(long spanNanos, int limit, long windowNanos) {
        if (spanNanos < 0 || windowNanos <= 0) {
            throw new IllegalArgumentException("span must be >= 0 and window > 0");
        }
        return (long) limit * (spanNanos / windowNanos + 1);
    }

    /** {@code arrivals} over {@code keys} keys that each spanned {@code spanNanos}: arrivals / (keys x capacity). */
    public static double utilisation(long arrivals, int keys, long spanNanos, int limit, long windowNanos) {
        if (keys <= 0) {
            return Double.NaN;
        }
        return arrivals / (double) (keys * capacity(spanNanos, limit, windowNanos));
    }

    /** One key's utilisation from its sorted arrival times; NaN when it has none. */
    public static double utilisation(long[] sortedTimes, int limit, Duration window) {
        if (sortedTimes.length == 0) {
            return Double.NaN;
        }
        return utilisation(sortedTimes.length, 1, sortedTimes[sortedTimes.length - 1] - sortedTimes[0], limit,
                window.toNanos());
    }

    /**
     * For each of one key's sorted arrival times t_j, how many arrivals fall in the trailing window
     * (t_j - W, t_j] (the view a limiter takes); the maximum is the key's busiest window.
     */
    public static int[] trailingCounts(long[] sortedTimes, Duration window) {
        return dev.ateraharness.stats.internal.MaxWindow.trailingCounts(sortedTimes, window.toNanos());
    }

    /**
     * The most of one key's sorted arrival times in any half-open window [t, t+W), exact: the figure the
     * {@link WindowCheck} gates on, for callers that hold bare times (benchmarks, the planner).
     */
    public static int maxInWindow(long[] sortedTimes, Duration window) {
        return dev.ateraharness.stats.internal.MaxWindow.of(sortedTimes, window.toNanos(), Integer.MAX_VALUE).max();
    }

    /** Near-limit windows of one key's sorted arrival times (each window found is skipped whole). */
    public static int nearLimitWindows(long[] t, int limit, Duration window) {
        return nearLimitWindows(t, window.toNanos(), (int) Math.ceil(NEAR * limit));
    }

    static int nearLimitWindows(long[] t, long w, int near) {
        int found = 0;
        int j = 0;
        int i = 0;
        while (i < t.length) {
            j = Math.max(j, i);
            while (j < t.length && t[j] < t[i] + w) {
                j++;
            }
            if (j - i >= near) {
                found++;
                i = j;
            } else {
                i++;
            }
        }
        return found;
    }
}
