package dev.ateraharness.client.limit.internal;

import java.util.function.LongToIntFunction;

/**
 * What the server told one limiter about its key, as a gate on that limiter's grants: a hold until a
 * {@code Retry-After}, and a budget of the remaining count until the window's reset. Not thread-safe: the limiter
 * guards it.
 *
 * <p>Guarantees: it only ever delays, never advances, a grant ({@link #earliest(long)} is at least its argument);
 * a later hold extends an earlier one and never shortens it; an observation of an older send than the one in
 * force is ignored; until the reset, grants beyond what the server said remained (less this limiter's grants
 * since that send) wait for the reset.
 */
final class ServerFeedback {

    private long holdUntil = Long.MIN_VALUE;
    private long paceUntil = Long.MIN_VALUE;
    private long paceObservedSentAt = Long.MIN_VALUE;
    private int paceBudget;

    /** Holds grants until {@code epochNanos}; false (and nothing changes) if a hold as long is in force. */
    boolean hold(long epochNanos) {
        if (epochNanos <= holdUntil) {
            return false;
        }
        holdUntil = epochNanos;
        return true;
    }

    /**
     * Takes the server's {@code remaining} until {@code resetAtNanos}, from a response to a request sent at
     * {@code sentAtNanos}; {@code grantsAfter} counts this limiter's grants strictly after a time (they are
     * assumed counted in {@code remaining}). False (and nothing changes) for an older send than the one in force.
     */
    boolean remaining(int remaining, long resetAtNanos, long sentAtNanos, LongToIntFunction grantsAfter) {
        if (sentAtNanos < paceObservedSentAt) {
            return false;
        }
        paceObservedSentAt = sentAtNanos;
        paceUntil = resetAtNanos;
        paceBudget = Math.max(0, remaining - grantsAfter.applyAsInt(sentAtNanos));
        return true;
    }

    /** The earliest time at or after {@code t} (when the limiter itself would grant) the server allows a grant. */
    long earliest(long t) {
        t = Math.max(t, holdUntil);
        if (paceBudget <= 0 && t < paceUntil) {
            t = paceUntil;
        }
        return t;
    }

    /** How many of {@code want} grants at {@code now} the budget allows (all of them after the reset). */
    int allowance(long now, int want) {
        return now < paceUntil ? Math.min(want, paceBudget) : want;
    }

    /** Spends one of the budget on a grant at {@code now}. */
    void granted(long now) {
        if (now < paceUntil && paceBudget > 0) {
            paceBudget--;
        }
    }
}
