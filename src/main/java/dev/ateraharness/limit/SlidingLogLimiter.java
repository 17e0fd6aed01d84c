package dev.ateraharness.limit;

/**
 * Exact sliding log: a ring buffer of the last N recorded arrival times. An arrival at t is admitted when fewer
 * than N arrivals were recorded, or the oldest of the last N is at or before t - W; so no half-open window
 * [s, s+W) ever holds more than N admitted arrivals. O(1) amortised time per decision; the ring grows on demand
 * up to 8N bytes (so a huge N, e.g. "never limit" in a benchmark, costs only what is recorded).
 *
 * <p>When rejected arrivals count, every arrival is recorded, so a client that keeps sending while rejected keeps
 * itself locked out (a stricter server some APIs run). The client's limiter reuses {@link #nextAdmissionNanos}
 * and {@link #record} with W widened by its guard.
 */
public final class SlidingLogLimiter implements WindowLimiter {

    private final int limit;
    private final long window;
    private final boolean rejectedCount;
    private long[] ring;
    private int head; // index of the oldest entry once full
    private int size;
    private long latest = Long.MIN_VALUE;

    public SlidingLogLimiter(int limit, long windowNanos, boolean rejectedCount) {
        if (limit < 1 || windowNanos < 1) {
            throw new IllegalArgumentException("limit and window must be positive: " + limit + ", " + windowNanos);
        }
        this.limit = limit;
        this.window = windowNanos;
        this.rejectedCount = rejectedCount;
        this.ring = new long[Math.min(limit, 64)];
    }

    @Override
    public synchronized Decision tryAcquire(long nowNanos) {
        long now = Math.max(nowNanos, latest);
        long next = nextAdmissionNanos(now);
        boolean allowed = next <= now;
        if (allowed || rejectedCount) {
            record(now);
        }
        int remaining = remainingAt(now);
        long reset = size == 0 ? 0 : Math.max(0, oldest() + window - now);
        return new Decision(allowed, allowed ? 0 : next - now, remaining, reset);
    }

    @Override
    public synchronized long nextAdmissionNanos(long nowNanos) {
        if (size < limit) {
            return nowNanos;
        }
        return Math.max(nowNanos, oldest() + window);
    }

    /** Records an arrival (or grant) at {@code t}, evicting the oldest when full. */
    public synchronized void record(long t) {
        latest = Math.max(latest, t);
        if (size < limit) {
            if (size == ring.length) {
                grow();
            }
            ring[(head + size) % ring.length] = latest;
            size++;
        } else {
            ring[head] = latest;
            head = (head + 1) % ring.length;
        }
    }

    private void grow() {
        long[] bigger = new long[(int) Math.min(limit, Math.max(64L, 2L * ring.length))];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(head + i) % ring.length];
        }
        ring = bigger;
        head = 0;
    }

    /** How many of the last N recorded times fall in (now - W, now]: N minus this is what remains. */
    private int remainingAt(long now) {
        int inWindow = 0;
        // entries are sorted; count from the newest backwards while inside the window
        for (int i = size - 1; i >= 0; i--) {
            if (ring[(head + i) % ring.length] > now - window) {
                inWindow++;
            } else {
                break;
            }
        }
        return Math.max(0, limit - inWindow);
    }

    private long oldest() {
        return ring[head];
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public long windowNanos() {
        return window;
    }
}
