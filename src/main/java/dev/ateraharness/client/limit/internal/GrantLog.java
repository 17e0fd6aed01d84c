package dev.ateraharness.client.limit.internal;

/**
 * Ring buffer of the last N grant times, oldest first. Not thread-safe: the limiter guards it.
 *
 * <p>Same rule as {@link dev.ateraharness.limit.SlidingLogLimiter} with the window widened by the guard, kept
 * separate so the client's grant path takes one lock, not two.
 */
final class GrantLog {

    private final long[] ring;
    private final long window;
    private int head;
    private int size;
    private long latest = Long.MIN_VALUE;

    GrantLog(int limit, long windowNanos) {
        this.ring = new long[limit];
        this.window = windowNanos;
    }

    /** The earliest time at or after {@code now} at which one more grant keeps every window at N. */
    long nextFree(long now) {
        if (size < ring.length) {
            return now;
        }
        return Math.max(now, ring[head] + window);
    }

    void record(long t) {
        latest = Math.max(latest, t);
        if (size < ring.length) {
            ring[(head + size) % ring.length] = latest;
            size++;
        } else {
            ring[head] = latest;
            head = (head + 1) % ring.length;
        }
    }

    /** Grants recorded strictly after {@code t} (at most N: older ones are forgotten). */
    int countAfter(long t) {
        int n = 0;
        for (int i = size - 1; i >= 0; i--) {
            if (ring[(head + i) % ring.length] > t) {
                n++;
            } else {
                break;
            }
        }
        return n;
    }
}
