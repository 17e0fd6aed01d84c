package dev.ateraharness.plan;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and prints the planner's durations: {@code 180ms}, {@code 1.5s}, {@code 60s}, {@code 10m}, {@code 2h},
 * {@code 250us}, {@code 0}. A bare number is rejected (the unit is never guessed), except {@code 0}.
 */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|ms|s|m|min|h)");

    private Durations() {
    }

    /** Nanoseconds in the text; throws IllegalArgumentException with a one-line message on bad input. */
    public static long parseNanos(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("0")) {
            return 0;
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad duration '" + text + "' (expected e.g. 180ms, 1.5s, 60s, 10m, 2h)");
        }
        double value = Double.parseDouble(m.group(1));
        double unit = switch (m.group(2)) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m", "min" -> 60e9;
            default -> 3600e9;
        };
        double nanos = value * unit;
        if (nanos > Long.MAX_VALUE / 4.0) {
            throw new IllegalArgumentException("duration '" + text + "' is too long");
        }
        return Math.round(nanos);
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
