package dev.ateraharness.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one place that reads durations as people type them on a command line or in a settings file:
 * {@code 60s}, {@code 1.5s}, {@code 500ms}, {@code 250us}, {@code 2m}, {@code 1h}, ISO-8601 {@code PT60S}, or a
 * bare number of seconds.
 *
 * <p>Guarantees: every value {@link #parse} accepts is strictly positive and finite, and every value
 * {@link #parseAllowingZero} accepts is zero or that (for settings where zero means "off", such as a guard); bad
 * input throws {@link IllegalArgumentException} whose one-line message quotes the text. Does not: accept negative
 * durations, or several units in one value ({@code 1m30s}).
 *
 * <p>The planner's stricter reading is {@link #parseNanosWithUnit}: a bare number other than {@code 0} is refused
 * there (the unit is never guessed). {@link #tableForm} is a display form for tables ({@code 28m 48s}) that does
 * not parse back.
 */
public final class Durations {

    private Durations() {
    }

    /** The duration in {@code text}; see the class comment for the forms. */
    public static Duration parse(String text) {
        return Duration.ofNanos(parseNanos(text));
    }

    /** As {@link #parse(String)}, in nanoseconds. */
    public static long parseNanos(String text) {
        long nanos = signedNanos(text);
        if (nanos <= 0) {
            throw new IllegalArgumentException("duration must be positive: '" + text + "'");
        }
        return nanos;
    }

    /** As {@link #parse(String)}, but zero in any of its forms ({@code 0}, {@code 0s}, {@code PT0S}) is read too. */
    public static Duration parseAllowingZero(String text) {
        return Duration.ofNanos(parseNanosAllowingZero(text));
    }

    /** As {@link #parseAllowingZero(String)}, in nanoseconds. */
    public static long parseNanosAllowingZero(String text) {
        long nanos = signedNanos(text);
        if (nanos < 0) {
            throw new IllegalArgumentException("duration must not be negative: '" + text + "'");
        }
        return nanos;
    }

    /**
     * As {@link #parseNanosAllowingZero(String)}, but a bare number other than {@code 0} is refused (which unit was
     * meant is never guessed) and {@code min} is read as a spelling of {@code m}: {@code 180ms}, {@code 1.5s},
     * {@code 10min}, {@code PT1S}, {@code 0}. Bad input throws IllegalArgumentException with a one-line message.
     */
    public static long parseNanosWithUnit(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("0")) {
            return 0;
        }
        if (t.isEmpty() || !Character.isLetter(t.charAt(t.length() - 1))) {
            throw badWithUnit(text);
        }
        if (t.endsWith("min")) {
            t = t.substring(0, t.length() - 2);
        }
        try {
            return parseNanosAllowingZero(t);
        } catch (IllegalArgumentException e) {
            throw badWithUnit(text);
        }
    }

    /** As {@link #parseNanosWithUnit(String)}, as a Duration. */
    public static Duration parseWithUnit(String text) {
        return Duration.ofNanos(parseNanosWithUnit(text));
    }

    private static IllegalArgumentException badWithUnit(String text) {
        return new IllegalArgumentException("bad duration '" + text + "' (expected e.g. 180ms, 1.5s, 60s, 10m, 2h)");
    }

    /** A short human form for tables: {@code 850ms}, {@code 12.3s}, {@code 4m 05s}, {@code 1h 02m}; NaN is "-". */
    public static String tableForm(double nanos) {
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

    private static long signedNanos(String text) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT)).toNanos();
            }
            double unit = 1e9;
            int cut = 0;
            if (s.endsWith("ns")) {
                unit = 1;
                cut = 2;
            } else if (s.endsWith("us")) {
                unit = 1e3;
                cut = 2;
            } else if (s.endsWith("ms")) {
                unit = 1e6;
                cut = 2;
            } else if (s.endsWith("s")) {
                cut = 1;
            } else if (s.endsWith("m")) {
                unit = 60e9;
                cut = 1;
            } else if (s.endsWith("h")) {
                unit = 3600e9;
                cut = 1;
            }
            double v = Double.parseDouble(s.substring(0, s.length() - cut).trim());
            double nanos = v * unit;
            if (Double.isNaN(nanos) || Double.isInfinite(nanos) || nanos > Long.MAX_VALUE / 4.0) {
                throw new NumberFormatException();
            }
            return Math.round(nanos);
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("bad duration '" + text + "' (expected e.g. 60s, 500ms, 1m)");
        }
    }

    /**
     * The shortest of the forms {@link #parse(String)} reads that reads back to the same value: {@code 500ms},
     * {@code 1m}, {@code 60s}.
     */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (d.toNanos() % 1_000_000 == 0 && ms % 1000 != 0) {
            return ms + "ms";
        }
        if (ms % 60_000 == 0 && ms >= 60_000) {
            return (ms / 60_000) + "m";
        }
        if (d.toNanos() % 1_000_000_000 == 0) {
            return d.toSeconds() + "s";
        }
        return d.toString();
    }

    /** For reports and tables: {@code 60 s}, {@code 500 ms}, {@code 1.500 s}. */
    public static String describe(Duration d) {
        long n = d.toNanos();
        if (n % 1_000_000_000L == 0) {
            return (n / 1_000_000_000L) + " s";
        }
        if (n % 1_000_000L == 0 && n < 1_000_000_000L) {
            return (n / 1_000_000L) + " ms";
        }
        return String.format(Locale.ROOT, "%.3f s", n / 1e9);
    }
}
