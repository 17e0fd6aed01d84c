package dev.ateraharness.limit;

/**
 * Exact sliding log: a ring buffer of the last N recorded arrival times. An arrival at t is admitted when fewer
 * than N arrivals were recorded, or the oldest of the last N is at or before t - W; so no half-open window
 * [s, s+W) ever holds more than N admitted arrivals. O(log N) time per decision (O(1) to admit or reject, the log for the remaining count); the ring grows on demand
 * up to 8N bytes (so a huge N, e.g. "never limit" in a benchmark, costs only what is recorded).
 *
 * <p>When rejected arrivals count, every arrival is recorded, so a client that keeps sending while rejected keeps
 * itself locked out (a stricter server some APIs run). The client's limiter reuses {@link #nextAdmissionNanos}
 * and {@link #record} with W widened by its guard.
 */
public final class SlidingLogLimiter extends LimiterBase {

    private final boolean rejectedCount;
    private long[] ring;
    private int head; // index of the oldest entry once full
    private int size;
    private long latest = Long.MIN_VALUE;

    public SlidingLogLimiter(int limit, long windowNanos, boolean rejectedCount) {
        super(limit, windowNanos);
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

    /**
     * How many of the last N recorded times fall in (now - W, now]: N minus this is what remains. The entries are
     * sorted, so a binary search finds the first one inside: O(log N) (a backwards scan cost O(N) per decision
     * when the window was full, e.g. ~1 us at N=700 and milliseconds for a "never limit" N).
     */
    private int remainingAt(long now) {
        long bound = now - window;
        int lo = 0;
        int hi = size; // first logical index whose time is > bound
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ring[(head + mid) % ring.length] > bound) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int inWindow = size - lo;
        return Math.max(0, limit - inWindow);
    }

    private long oldest() {
        return ring[head];
    }
}
