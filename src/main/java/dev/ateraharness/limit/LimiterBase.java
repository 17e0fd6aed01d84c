package dev.ateraharness.limit;

/** What every {@link WindowLimiter} here holds: N and W, both checked positive at construction. */
abstract class LimiterBase implements WindowLimiter {

    final int limit;
    final long window;

    LimiterBase(int limit, long windowNanos) {
        if (limit < 1 || windowNanos < 1) {
            throw new IllegalArgumentException("limit and window must be positive: " + limit + ", " + windowNanos);
        }
        this.limit = limit;
        this.window = windowNanos;
    }

    @Override
    public final int limit() {
        return limit;
    }

    @Override
    public final long windowNanos() {
        return window;
    }
}
