package dev.ateraharness.stats;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads and writes durations as people type them: {@code 60s}, {@code 500ms}, {@code 2m}, {@code 1h}, ISO. */
public final class Durations {

    private Durations() {
    }

    /** Parses {@code 60s}, {@code 1.5s}, {@code 500ms}, {@code 2m}, {@code 1h}, a bare number of seconds, or ISO-8601. */
    public static Duration parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            double mult;
            String num;
            if (s.endsWith("ms")) {
                mult = 1e6;
                num = s.substring(0, s.length() - 2);
            } else if (s.endsWith("s")) {
                mult = 1e9;
                num = s.substring(0, s.length() - 1);
            } else if (s.endsWith("m")) {
                mult = 60e9;
                num = s.substring(0, s.length() - 1);
            } else if (s.endsWith("h")) {
                mult = 3600e9;
                num = s.substring(0, s.length() - 1);
            } else {
                mult = 1e9;
                num = s;
            }
            double v = Double.parseDouble(num.trim());
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("duration must be positive: '" + text + "'");
            }
            return Duration.ofNanos(Math.round(v * mult));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 60s, 500ms, 2m)");
        }
    }

    /** {@code 60 s}, {@code 500 ms}, {@code 1.5 s}. */
    public static String format(Duration d) {
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
