package dev.ateraharness.limit;

/**
 * A server-side model of "at most N requests per window W" for one key: decides on each arrival.
 *
 * <p>All times are nanoseconds on one {@link dev.ateraharness.time.Clock}; callers pass "now" so that the same
 * instance serves the stub (real time) and the capacity planner (virtual time). Implementations are
 * thread-safe. Arrivals must be presented in non-decreasing time order; an earlier time is treated as equal to
 * the latest seen.
 *
 * <p>The three implementations differ in what they promise, and only the sliding log keeps the contract the
 * harness checks ("at most N arrivals in any half-open window [t, t+W)"): a fixed window aligned to the epoch
 * admits up to 2N across a boundary, and a token bucket of capacity N admits N at once plus the refill.
 */
public interface WindowLimiter {

    /** Decides on an arrival at {@code nowNanos} and records it (when admitted, or always if rejected arrivals count). */
    Decision tryAcquire(long nowNanos);

    /** The earliest time at or after {@code nowNanos} at which an arrival would be admitted; records nothing. */
    long nextAdmissionNanos(long nowNanos);

    /** N. */
    int limit();

    /** W in nanoseconds. */
    long windowNanos();

    /**
     * The outcome of one arrival.
     *
     * @param allowed         whether the request may proceed
     * @param retryAfterNanos when rejected, how long until an arrival would be admitted (0 when allowed)
     * @param remaining       admissions left right now after this decision (for rate headers)
     * @param resetNanos      time until the budget is next replenished (for {@code X-RateLimit-Reset})
     */
    record Decision(boolean allowed, long retryAfterNanos, int remaining, long resetNanos) {

        /** {@code Retry-After} in whole seconds, rounded up, never below 1 for a rejection. */
        public long retryAfterSeconds() {
            if (allowed) {
                return 0;
            }
            return Math.max(1, (retryAfterNanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
