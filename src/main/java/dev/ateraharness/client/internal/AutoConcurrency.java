package dev.ateraharness.client.internal;

/**
 * The rule behind {@code PageConcurrency.auto()}: Little's law. A limiter that admits {@code limit} requests per
 * {@code windowNanos} (plus its guard) is kept saturated by {@code limit / window x latency} requests in flight;
 * the rule adds a quarter and two more for latency spread, and never goes below 1, above {@code cap}, or above
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
        if (limit <= 0 || windowNanos <= 0) {
            return Math.max(1, cap);
        }
        double littles = (double) limit / windowNanos * latencyNanos;
        long n = (long) Math.ceil(littles * (1 + MARGIN)) + EXTRA;
        return (int) Math.max(1, Math.min(Math.min(cap, limit), n));
    }
}
