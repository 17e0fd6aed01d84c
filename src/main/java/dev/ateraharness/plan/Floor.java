package dev.ateraharness.plan;

import java.util.List;

/**
 * The theoretical floor of a sync's duration under "at most N arrivals in any window W" per key.
 *
 * <p>With R requests on one key and no latency, the fastest schedule a sliding-log server admits sends N at
 * t = 0, N more at t = W, ...: request i (0-based) at floor(i / N) * W, so the last one at
 * {@code floor((R-1)/N) * W}. With several keys working in parallel the sync ends when the busiest key ends:
 * the maximum over keys. Latency only adds to this; the floor ignores it (so with latency the gap to the floor
 * includes at least one round trip). A fixed-window or token-bucket server can be beaten by a client that
 * bursts at window boundaries; the floor here is the one a compliant (sliding-log) client can reach.
 * A client whose limiter adds a guard to W (the real client's default, {@code RateLimiterConfig.DEFAULT_GUARD}) reaches
 * {@code floor((R-1)/N) * (W + guard)} instead: {@link #perKeyNanos(long, int, long, long)}.
 */
public final class Floor {

    private Floor() {
    }

    /** floor((R-1)/N) * W for one key; 0 for R <= 1. */
    public static long perKeyNanos(long requests, int limit, long windowNanos) {
        return dev.ateraharness.stats.Figures.floorNanos(requests, limit, windowNanos);
    }

    /**
     * The floor a client with a guard reaches: its limiter admits N per W + guard (never more than the server
     * allows), so N at t = 0, N more at W + guard, ...: {@code floor((R-1)/N) * (W + guard)}; 0 for R <= 1.
     */
    public static long perKeyNanos(long requests, int limit, long windowNanos, long guardNanos) {
        return perKeyNanos(requests, limit, Math.addExact(windowNanos, guardNanos));
    }

    /** The maximum of {@link #perKeyNanos} over the keys' request counts. */
    public static long totalNanos(List<Long> requestsPerKey, int limit, long windowNanos) {
        long max = 0;
        for (long r : requestsPerKey) {
            max = Math.max(max, perKeyNanos(r, limit, windowNanos));
        }
        return max;
    }

    /** The most arrivals a sliding log admits in a closed interval of length T: N * (floor(T / W) + 1). */
    public static long capacity(long intervalNanos, int limit, long windowNanos) {
        return dev.ateraharness.stats.Figures.capacity(intervalNanos, limit, windowNanos);
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
