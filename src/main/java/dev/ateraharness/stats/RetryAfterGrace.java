package dev.ateraharness.stats;

import dev.ateraharness.time.Durations;
import java.time.Duration;
import java.util.Locale;

/**
 * How the server-side Retry-After rule treats arrivals that may have been in flight when a 429/503 went out.
 *
 * <p>The arrival log shows when requests arrived, not when they were sent. After a 429 at t0, a request the
 * client sent before it could have read that 429 still arrives up to about one round trip later; judging it
 * against t0 + Retry-After would fail a correct client that runs several requests on one key. With a grace g,
 * arrivals in (t0, t0 + g) are excused as possibly in flight and the key's first arrival at or after t0 + g is the
 * one judged against t0 + Retry-After.
 *
 * <ul>
 *   <li>{@link #strict()}: g = 0, the key's very next arrival is judged (the rule before grace existed).</li>
 *   <li>{@link #auto()} (the default): g = the p99 of (received - sent) over the attempt log, an estimate of the
 *       round trip; strict when no attempt log (or no answered attempt) is given.</li>
 *   <li>{@link #fixed(Duration)}: g as given.</li>
 * </ul>
 *
 * <p>Does not: excuse an arrival after t0 + g (a client that keeps retrying early still fails), or excuse anything
 * on the client side: the attempt log's rule (sent >= received + Retry-After) needs no grace because it sees send
 * times.
 *
 * @param mode  strict, auto or fixed
 * @param fixed the grace for {@code FIXED}; zero otherwise
 */
public record RetryAfterGrace(Mode mode, Duration fixed) {

    /** Where the grace comes from. */
    public enum Mode { STRICT, AUTO, FIXED }

    public RetryAfterGrace {
        if (fixed.isNegative()) {
            throw new IllegalArgumentException("Retry-After grace must not be negative");
        }
    }

    public static RetryAfterGrace strict() {
        return new RetryAfterGrace(Mode.STRICT, Duration.ZERO);
    }

    public static RetryAfterGrace auto() {
        return new RetryAfterGrace(Mode.AUTO, Duration.ZERO);
    }

    public static RetryAfterGrace fixed(Duration grace) {
        return new RetryAfterGrace(Mode.FIXED, grace);
    }

    /** Parses {@code strict}, {@code auto}, or a duration such as {@code 150ms}. */
    public static RetryAfterGrace parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("strict") || t.equals("0")) {
            return strict();
        }
        if (t.equals("auto")) {
            return auto();
        }
        try {
            return fixed(Durations.parse(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad Retry-After grace '" + text + "' (strict, auto, or e.g. 150ms)");
        }
    }

    /** {@code strict}, {@code auto} or the duration, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return mode == Mode.FIXED ? Durations.format(fixed) : mode.name().toLowerCase(Locale.ROOT);
    }
}
