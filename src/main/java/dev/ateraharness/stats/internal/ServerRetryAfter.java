package dev.ateraharness.stats.internal;

import java.util.ArrayDeque;

/**
 * The server-side Retry-After rule for one key, fed arrivals in time order. A 429/503 with Retry-After d at t0
 * becomes known to the client at t0 + grace; the key's first arrival at or after that is judged against t0 + d
 * (several known answers: the latest deadline). Arrivals before a pending answer is known, and before its deadline,
 * are counted as excused (possibly in flight). With grace 0 this is the strict rule: the very next arrival is
 * judged.
 */
public final class ServerRetryAfter {

    private final long graceNanos;
    private final long toleranceNanos;
    private final ArrayDeque<long[]> unknown = new ArrayDeque<>();
    private boolean knownPending;
    private long knownDeadline;
    private long opportunities;
    private long violations;
    private long excused;
    private long worstEarlyNanos;

    public ServerRetryAfter(long graceNanos, long toleranceNanos) {
        this.graceNanos = graceNanos;
        this.toleranceNanos = toleranceNanos;
    }

    /** One arrival of this key; {@code retryAfterNanos} negative when the answer carried no Retry-After 429/503. */
    public void arrival(long t, long retryAfterNanos) {
        while (!unknown.isEmpty() && unknown.peekFirst()[0] + graceNanos <= t) {
            long deadline = unknown.pollFirst()[1];
            knownDeadline = knownPending ? Math.max(knownDeadline, deadline) : deadline;
            knownPending = true;
        }
        if (knownPending) {
            knownPending = false;
            opportunities++;
            long early = knownDeadline - t;
            if (early > toleranceNanos) {
                violations++;
            }
            worstEarlyNanos = Math.max(worstEarlyNanos, early);
        } else if (inFlightWindowOpen(t)) {
            excused++;
        }
        if (retryAfterNanos >= 0) {
            unknown.addLast(new long[] {t, t + retryAfterNanos});
        }
    }

    private boolean inFlightWindowOpen(long t) {
        for (long[] u : unknown) {
            if (t < u[1]) {
                return true;
            }
        }
        return false;
    }

    public long opportunities() {
        return opportunities;
    }

    public long violations() {
        return violations;
    }

    /** Arrivals inside a grace period and before that answer's deadline: not judged. */
    public long excused() {
        return excused;
    }

    public long worstEarlyNanos() {
        return worstEarlyNanos;
    }
}
