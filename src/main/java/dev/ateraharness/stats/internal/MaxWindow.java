package dev.ateraharness.stats.internal;

/**
 * Exact maximum number of arrivals in any half-open window [t, t+W), by two pointers over sorted times: O(n)
 * time, O(1) extra space.
 *
 * <p>The busiest window can always be taken to start at an arrival, so only windows [t_i, t_i+W) are examined.
 * An arrival at exactly t_i+W is outside the window starting at t_i. A <em>violating arrival</em> is an arrival
 * i whose window [t_i, t_i+W) holds more than N arrivals; the <em>excess</em> of that window is its count minus N.
 */
public final class MaxWindow {

    /**
     * @param max the largest count in any window
     * @param maxStartNanos start of the first window with that count (0 for an empty log)
     * @param violatingArrivals arrivals whose window holds more than N
     * @param maxExcess max - N when positive, else 0
     */
    public record Result(int max, long maxStartNanos, long violatingArrivals, int maxExcess) {
    }

    private MaxWindow() {
    }

    /** @param sorted ascending arrival times in nanoseconds */
    public static Result of(long[] sorted, long windowNanos, int limit) {
        int n = sorted.length;
        int best = 0;
        long bestStart = 0;
        long violating = 0;
        int j = 0;
        int lo = 0;
        for (int i = 0; i < n; i++) {
            long end = sorted[i] + windowNanos;
            if (j < i) {
                j = i;
            }
            while (j < n && sorted[j] < end) {
                j++;
            }
            // arrivals tied with t_i that come earlier in the array are inside [t_i, t_i+W) too
            while (sorted[lo] < sorted[i]) {
                lo++;
            }
            int count = j - lo;
            if (count > best) {
                best = count;
                bestStart = sorted[i];
            }
            if (count > limit) {
                violating++;
            }
        }
        return new Result(best, bestStart, violating, Math.max(0, best - limit));
    }

    /**
     * For each arrival j, the count in the window that ends just after it, i.e. arrivals in (t_j - W, t_j]
     * (the trailing view a limiter takes); its maximum equals {@link Result#max()}.
     */
    public static int[] trailingCounts(long[] sorted, long windowNanos) {
        int[] out = new int[sorted.length];
        int i = 0;
        for (int j = 0; j < sorted.length; j++) {
            while (sorted[i] <= sorted[j] - windowNanos) {
                i++;
            }
            out[j] = j - i + 1;
        }
        return out;
    }
}
