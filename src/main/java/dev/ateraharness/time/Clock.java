package dev.ateraharness.time;

/**
 * The one source of "now" for the client, the stub and the planner.
 *
 * <p>Guarantees: {@link #nanos()} never goes backwards for a given instance, and reads as nanoseconds since the
 * Unix epoch so that the same value can be compared across logs (arrival log, attempt log). The system
 * implementation anchors {@link System#nanoTime()} to the wall clock once, so it stays monotonic even if the wall
 * clock is stepped; it does not promise agreement with another process's clock beyond the usual NTP skew.
 */
@FunctionalInterface
public interface Clock {

    /** Nanoseconds since 1970-01-01T00:00Z, monotonic. */
    long nanos();

    /** Microseconds since the epoch (the arrival log's precision). */
    default long micros() {
        return nanos() / 1_000L;
    }

    /** Milliseconds since the epoch. */
    default long millis() {
        return nanos() / 1_000_000L;
    }

    /** Now as an {@link java.time.Instant}. */
    default java.time.Instant instant() {
        long n = nanos();
        return java.time.Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }
}
