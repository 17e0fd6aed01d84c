package dev.ateraharness.limit;

import java.util.Locale;

/** The window algorithms a server (the stub, or the planner's server model) may enforce. */
public enum Algorithm {
    /** Exact: at most N admitted arrivals in any half-open window of length W. */
    SLIDING_LOG("sliding-log"),
    /** At most N per window [kW, (k+1)W) aligned to the epoch; up to 2N across a boundary. */
    FIXED_WINDOW("fixed-window"),
    /** Capacity N, refilled continuously at N/W. */
    TOKEN_BUCKET("token-bucket");

    private final String cliName;

    Algorithm(String cliName) {
        this.cliName = cliName;
    }

    /** The name used in settings files and on the command line. */
    public String cliName() {
        return cliName;
    }

    /** Parses {@code sliding-log}, {@code fixed-window}, {@code token-bucket} (or the enum names, any case). */
    public static Algorithm parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Algorithm a : values()) {
            if (a.cliName.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown limiter algorithm '" + text
                + "' (expected sliding-log, fixed-window or token-bucket)");
    }

    /** A new limiter of this kind for one key. */
    public WindowLimiter create(int limit, long windowNanos, boolean rejectedCount) {
        return switch (this) {
            case SLIDING_LOG -> new SlidingLogLimiter(limit, windowNanos, rejectedCount);
            case FIXED_WINDOW -> new FixedWindowLimiter(limit, windowNanos, rejectedCount);
            case TOKEN_BUCKET -> new TokenBucketLimiter(limit, windowNanos);
        };
    }

    @Override
    public String toString() {
        return cliName;
    }
}
