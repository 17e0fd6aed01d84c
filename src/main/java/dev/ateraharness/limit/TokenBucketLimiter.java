package dev.ateraharness.limit;

/**
 * Token bucket of capacity N refilled continuously at N/W. Admits a burst of N and then N/W; in a window of
 * length W it may admit up to 2N - 1 (a full bucket plus a window's refill). Rejected arrivals never consume
 * tokens here (a bucket in debt is a different algorithm), so "rejected requests count" does not apply.
 * Tokens are kept in fixed point (units of 1/W per nanosecond) so no rounding drift accumulates.
 */
public final class TokenBucketLimiter extends LimiterBase {

    private final long scale; // one token = window units; refill = limit units per nanosecond
    private long units;
    private long last = Long.MIN_VALUE;

    public TokenBucketLimiter(int limit, long windowNanos) {
        super(limit, windowNanos);
        this.scale = windowNanos;
        this.units = Math.multiplyExact((long) limit, scale);
    }

    @Override
    public synchronized Decision tryAcquire(long nowNanos) {
        refill(nowNanos);
        boolean allowed = units >= scale;
        if (allowed) {
            units -= scale;
        }
        long missing = scale - units; // units needed for one token
        long wait = missing <= 0 ? 0 : ceilDiv(missing, limit);
        long toFull = ceilDiv(Math.multiplyExact((long) limit, scale) - units, limit);
        return new Decision(allowed, allowed ? 0 : wait, (int) (units / scale), toFull);
    }

    @Override
    public synchronized long nextAdmissionNanos(long nowNanos) {
        refill(nowNanos);
        long missing = scale - units;
        return missing <= 0 ? nowNanos : nowNanos + ceilDiv(missing, limit);
    }

    private void refill(long now) {
        if (last == Long.MIN_VALUE) {
            last = now;
            return;
        }
        long elapsed = Math.max(0, now - last);
        last = Math.max(last, now);
        long cap = (long) limit * scale;
        // elapsed * limit may overflow for long idle gaps: the bucket is full then anyway
        if (elapsed >= window) {
            units = cap;
        } else {
            units = Math.min(cap, units + elapsed * limit);
        }
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
