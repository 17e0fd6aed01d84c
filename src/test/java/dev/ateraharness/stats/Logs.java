package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import java.util.ArrayList;
import java.util.List;

/** Builders of synthetic logs for tests. */
final class Logs {

    static final long T0 = 1_767_225_600_000_000_000L; // 2026-01-01T00:00:00Z
    static final long SEC = 1_000_000_000L;
    static final long MS = 1_000_000L;

    private Logs() {
    }

    static Arrival ok(long t, String key) {
        return new Arrival(t, key, "GET", "/api/v3/tickets", 200, Double.NaN);
    }

    static Arrival limited(long t, String key, double retryAfterS) {
        return new Arrival(t, key, "GET", "/api/v3/tickets", 429, retryAfterS);
    }

    /** n arrivals of one key spread evenly over [start, start + span). */
    static List<Arrival> even(String key, int n, long start, long span) {
        List<Arrival> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ok(start + span * i / n, key));
        }
        return out;
    }

    static Attempt attempt(String path, int n, long intended, long sent, long received, String outcome,
                           double retryAfterS, double delayMs, double ceilingMs) {
        return new Attempt("c1", "k1", "GET", path, n, intended, sent, 0, received, outcome.equals("ok") ? 200 : 503,
                outcome, outcome.equals("retry") ? "503" : "", retryAfterS, delayMs, ceilingMs);
    }

    /** A backoff row: attempt n failed, the client chose delay under the ceiling. */
    static Attempt backoff(int n, double delayMs, double ceilingMs) {
        long t = T0 + n * SEC;
        return attempt("/api/v3/tickets", n, t, t, t + MS, "retry", Double.NaN, delayMs, ceilingMs);
    }
}
