package dev.ateraharness.plan;

import java.time.Duration;
import java.util.Locale;

/**
 * Parses and prints the planner's durations: {@code 180ms}, {@code 1.5s}, {@code 60s}, {@code 10m}, {@code 2h},
 * {@code 250us}, {@code 0}. A bare number is rejected (the unit is never guessed), except {@code 0}.
 *
 * <p>The reading itself is {@link dev.ateraharness.time.Durations#parseNanosAllowingZero}'s (so ISO-8601 such as
 * {@code PT1S} is read too); this class only adds the planner's two rules above and {@code min} as a spelling of
 * {@code m}. {@link #format} is a display form for tables ({@code 28m 48s}), not one that parses back.
 */
public final class Durations {

    private Durations() {
    }

    /** Nanoseconds in the text; throws IllegalArgumentException with a one-line message on bad input. */
    public static long parseNanos(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("0")) {
            return 0;
        }
        if (t.isEmpty() || !Character.isLetter(t.charAt(t.length() - 1))) {
            throw bad(text); // a bare number: which unit was meant is not guessed
        }
        if (t.endsWith("min")) {
            t = t.substring(0, t.length() - 2);
        }
        try {
            return dev.ateraharness.time.Durations.parseNanosAllowingZero(t);
        } catch (IllegalArgumentException e) {
            throw bad(text);
        }
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("bad duration '" + text + "' (expected e.g. 180ms, 1.5s, 60s, 10m, 2h)");
    }

    /** As {@link #parseNanos(String)}, as a Duration. */
    public static Duration parse(String text) {
        return Duration.ofNanos(parseNanos(text));
    }

    /** A short human form: {@code 850ms}, {@code 12.3s}, {@code 4m 05s}, {@code 1h 02m}. */
    public static String format(double nanos) {
        if (Double.isNaN(nanos)) {
            return "-";
        }
        double s = nanos / 1e9;
        if (s < 1) {
            return String.format(Locale.ROOT, "%.0fms", nanos / 1e6);
        }
        if (s < 60) {
            return String.format(Locale.ROOT, "%.1fs", s);
        }
        long total = Math.round(s);
        if (total < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", total / 60, total % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", total / 3600, (total % 3600) / 60);
    }
}
