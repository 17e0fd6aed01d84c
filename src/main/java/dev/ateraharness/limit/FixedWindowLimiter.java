package dev.ateraharness.limit;

/**
 * Fixed windows aligned to the epoch: [kW, (k+1)W). At most N per window, so up to 2N in a window of length W
 * that straddles a boundary: this is the common server behaviour the client must survive, not the contract.
 */
public final class FixedWindowLimiter extends LimiterBase {

    private final boolean rejectedCount;
    private long currentIndex = Long.MIN_VALUE;
    private int count;
    private long latest = Long.MIN_VALUE;

    public FixedWindowLimiter(int limit, long windowNanos, boolean rejectedCount) {
        super(limit, windowNanos);
        this.rejectedCount = rejectedCount;
    }

    @Override
    public synchronized Decision tryAcquire(long nowNanos) {
        // WindowLimiter contract: an earlier time counts as the latest seen; without this clamp a late-arriving
        // earlier timestamp was charged to the current window but got the previous window's (too short) reset
        latest = Math.max(latest, nowNanos);
        nowNanos = latest;
        roll(nowNanos);
        boolean allowed = count < limit;
        if (allowed || rejectedCount) {
            count++;
        }
        long reset = windowEnd(nowNanos) - nowNanos;
        return new Decision(allowed, allowed ? 0 : reset, Math.max(0, limit - count), reset);
    }

    @Override
    public synchronized long nextAdmissionNanos(long nowNanos) {
        nowNanos = Math.max(latest, nowNanos);
        roll(nowNanos);
        return count < limit ? nowNanos : windowEnd(nowNanos);
    }

    private void roll(long now) {
        long index = Math.floorDiv(now, window);
        if (index > currentIndex) {
            currentIndex = index;
            count = 0;
        }
    }

    private long windowEnd(long now) {
        return (Math.floorDiv(now, window) + 1) * window;
    }
}
