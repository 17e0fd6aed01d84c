package dev.ateraharness.stub.internal;

import dev.ateraharness.limit.WindowLimiter;
import dev.ateraharness.stub.StubSettings;

/** Adds the configured rate headers for one limiter decision. */
final class RateHeaderWriter {

    private RateHeaderWriter() {
    }

    static void add(Reply r, StubSettings s, WindowLimiter.Decision d) {
        if (d == null) {
            return;
        }
        long reset = (d.resetNanos() + 999_999_999L) / 1_000_000_000L;
        switch (s.rateHeaders()) {
            case NONE -> { }
            case X_RATELIMIT -> {
                r.header("X-RateLimit-Limit", String.valueOf(s.limit()));
                r.header("X-RateLimit-Remaining", String.valueOf(d.remaining()));
                r.header("X-RateLimit-Reset", String.valueOf(reset));
            }
            case IETF -> {
                r.header("RateLimit-Policy", "\"default\";q=" + s.limit() + ";w=" + Math.max(1, s.window().toSeconds()));
                r.header("RateLimit", "\"default\";r=" + d.remaining() + ";t=" + reset);
            }
            default -> throw new IllegalStateException();
        }
    }
}
