package dev.ateraharness.client.limit.internal;

/**
 * Ring of the last N permits in grant order (sequence numbers), each with its grant time and, under completion
 * accounting, its completion time ({@link Long#MAX_VALUE} while in flight). Not thread-safe: the limiter guards
 * it.
 *
 * <p>The rule is per pair: grant j may happen once permit j - N (the slot it will reuse) is dated at least
 * W + guard ago. Dated = its completion, or grant + cap if still in flight (a leak must not stall the key), or
 * its grant under grant accounting. Pairs are enough: any N + 1 permits include a pair i, j with j >= i + N, and
 * grants are monotone, so their arrivals are at least W apart.
 */
final class PermitLog {

    private final int n;
    private final long window;
    private final boolean byCompletion;
    private final long cap;
    private final long[] granted;
    private final long[] completed;
    private final long[] seqs;
    private long next;
    private long latest = Long.MIN_VALUE;
    private int inFlight;

    PermitLog(int limit, long windowNanos, boolean byCompletion, long capNanos) {
        this.n = limit;
        this.window = windowNanos;
        this.byCompletion = byCompletion;
        this.cap = capNanos;
        this.granted = new long[limit];
        this.completed = new long[limit];
        this.seqs = new long[limit];
    }

    /** The earliest time at or after {@code now} at which the next grant keeps the rule. */
    long nextFree(long now) {
        if (next < n) {
            return now;
        }
        int k = slot(next);
        return Math.max(now, date(k) + window);
    }

    private long date(int k) {
        if (!byCompletion) {
            return granted[k];
        }
        return Math.min(completed[k], granted[k] + cap);
    }

    /** Records a grant at {@code t} (clamped to be monotone) and returns its sequence number. */
    long record(long t) {
        latest = Math.max(latest, t);
        int k = slot(next);
        if (next >= n && byCompletion && completed[k] == Long.MAX_VALUE) {
            inFlight--; // overwritten past its cap: dated at grant + cap from now on
        }
        granted[k] = latest;
        completed[k] = byCompletion ? Long.MAX_VALUE : latest;
        seqs[k] = next;
        if (byCompletion) {
            inFlight++;
        }
        return next++;
    }

    /** Grant time of the permit {@code seq} (valid right after {@link #record}). */
    long grantedAt(long seq) {
        return granted[slot(seq)];
    }

    /**
     * Dates permit {@code seq} at {@code t} (at least its grant). Returns false if it was already dated or its
     * slot has been reused (it counted as completed at grant + cap).
     */
    boolean complete(long seq, long t) {
        if (!byCompletion) {
            return false;
        }
        int k = slot(seq);
        if (seqs[k] != seq || completed[k] != Long.MAX_VALUE) {
            return false;
        }
        completed[k] = Math.max(t, granted[k]);
        inFlight--;
        return true;
    }

    int inFlight() {
        return inFlight;
    }

    /** Grants recorded strictly after {@code t} (at most N: older ones are forgotten). */
    int countAfter(long t) {
        int count = 0;
        for (long s = next - 1; s >= 0 && s >= next - n; s--) {
            if (granted[slot(s)] > t) {
                count++;
            } else {
                break;
            }
        }
        return count;
    }

    private int slot(long seq) {
        return (int) (seq % n);
    }
}
