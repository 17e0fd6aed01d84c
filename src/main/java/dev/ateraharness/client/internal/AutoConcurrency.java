package dev.ateraharness.client.internal;

/**
 * The rule behind {@code PageConcurrency.auto()}. While requests wait in the key's limiter, the limit sets the
 * pace and Little's law says how many in flight keep it busy: {@code limit / window x latency}, plus a quarter and
 * two more for latency spread. While nobody waits, the limiter has permits free (a sliding log admits a burst of
 * N), and every request sent now shortens the sync: up to {@code cap}. Never below 1, above {@code cap}, or above
 * {@code limit} (more in flight than the window admits only wait in the limiter).
 */
public final class AutoConcurrency {

    /** Relative margin over Little's law. */
    static final double MARGIN = 0.25;
    /** Absolute margin: requests in flight beyond the estimate. */
    static final int EXTRA = 2;

    private AutoConcurrency() {
    }

    /**
     * @param limit        requests per window the key's limiter admits (0 if unknown: then {@code cap})
     * @param windowNanos  the window plus guard, in nanoseconds
     * @param latencyNanos the measured mean latency (0 before the first response)
     * @param cap          the most in flight allowed
     */
    public static int target(int limit, long windowNanos, long latencyNanos, int cap) {
        return target(limit, windowNanos, latencyNanos, cap, 1);
    }

    /**
     * As above, knowing how many requests wait in the limiter now: with none waiting, up to the cap (bounded by
     * the limit).
     */
    public static int target(int limit, long windowNanos, long latencyNanos, int cap, int waiting) {
        if (waiting == 0) {
            return Math.max(1, limit > 0 ? Math.min(cap, limit) : cap);
        }
        return littles(limit, windowNanos, latencyNanos, cap);
    }

    private static int littles(int limit, long windowNanos, long latencyNanos, int cap) {
        if (limit <= 0 || windowNanos <= 0) {
            return Math.max(1, cap);
        }
        double littles = (double) limit / windowNanos * latencyNanos;
        long n = (long) Math.ceil(littles * (1 + MARGIN)) + EXTRA;
        return (int) Math.max(1, Math.min(Math.min(cap, limit), n));
    }
}
