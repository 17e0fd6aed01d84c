package dev.ateraharness.client;

import java.util.Locale;
import java.util.Objects;

/**
 * How many page requests of one entity a sync keeps in flight once the first page has announced the total: a
 * fixed number, or {@code auto}, the fewest that keep the key's limiter saturated at the latency measured so far.
 *
 * <p>{@code auto}, re-decided before every request from the key's limiter and the measured latency (the
 * client's service time, without the wait in the limiter): while requests wait in the limiter it is the limit
 * that sets the pace, and {@code auto} keeps Little's law in flight, {@code N / (W + guard) x mean latency}, plus
 * a quarter and two for latency spread; while nobody waits in it the limiter has permits free (a sliding log
 * admits N at once, and the floor of a sync assumes each window's N go out at once), so {@code auto} goes up to
 * {@link #max()}. Never above {@link #max()} nor the limit N (see
 * {@code dev.ateraharness.client.internal.AutoConcurrency}).
 *
 * <p>Guarantees: whatever the setting, every request still passes the key's limiter, so concurrency never
 * raises the rate above what the limiter grants; it only bounds requests in flight and the reordering buffer
 * (at most {@code 4 x max} pages held). Does not guarantee: that {@code auto} saturates the limit when latency
 * varies faster than the measurement follows, or when the cap is below what the latency needs.
 *
 * @param adaptive whether the number in flight follows the measured latency
 * @param max    the fixed number in flight, or the cap for {@code auto}
 */
public record PageConcurrency(boolean adaptive, int max) {

    /**
     * The cap of {@code auto} unless told otherwise. Each window's burst of up to N requests goes out at most this
     * many at a time, and the last, partial window's m requests cost about {@code m x latency / cap}: at 200 ms, a
     * 100,000-ticket sync at 700 per 60 s is planned at 128 s with 16 (1.07x the 120 s floor), 121.6 s with 128
     * (1.013x). Use {@code auto:CAP} for fewer connections to the server.
     */
    public static final int DEFAULT_AUTO_CAP = 128;

    public PageConcurrency {
        if (max < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1: " + max);
        }
    }

    /** One page at a time, following {@code nextLink}: the client's default outside {@code sync}. */
    public static PageConcurrency sequential() {
        return fixed(1);
    }

    /** Exactly {@code n} in flight (1 = sequential). */
    public static PageConcurrency fixed(int n) {
        return new PageConcurrency(false, n);
    }

    /** {@code auto} capped at {@value #DEFAULT_AUTO_CAP}. */
    public static PageConcurrency auto() {
        return auto(DEFAULT_AUTO_CAP);
    }

    /** {@code auto} capped at {@code cap}. */
    public static PageConcurrency auto(int cap) {
        return new PageConcurrency(true, cap);
    }

    /** {@code auto}, {@code auto:24} (cap 24) or a number >= 1; anything else is an {@link IllegalArgumentException}. */
    public static PageConcurrency parse(String text) {
        String t = Objects.requireNonNull(text, "concurrency").trim().toLowerCase(Locale.ROOT);
        try {
            if (t.equals("auto")) {
                return auto();
            }
            if (t.startsWith("auto:")) {
                return auto(Integer.parseInt(t.substring(5)));
            }
            return fixed(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("concurrency must be 'auto', 'auto:CAP' or a number >= 1: " + text);
        }
    }

    /** Whether pages are read one at a time (no fan-out at all). */
    public boolean isSequential() {
        return !adaptive && max == 1;
    }

    @Override
    public String toString() {
        return adaptive ? (max == DEFAULT_AUTO_CAP ? "auto" : "auto:" + max) : Integer.toString(max);
    }
}
