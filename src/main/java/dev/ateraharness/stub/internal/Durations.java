package dev.ateraharness.stub.internal;

import java.time.Duration;
import java.util.Locale;

/** Parses {@code 60s}, {@code 2s}, {@code 500ms}, {@code 1m}, {@code 1h}, ISO {@code PT60S}, or bare seconds. */
public final class Durations {

    private Durations() {
    }

    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofNanos(Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 1e6));
            }
            double unit = 1e9;
            String num = t;
            if (t.endsWith("s")) {
                num = t.substring(0, t.length() - 1);
            } else if (t.endsWith("m")) {
                num = t.substring(0, t.length() - 1);
                unit = 60e9;
            } else if (t.endsWith("h")) {
                num = t.substring(0, t.length() - 1);
                unit = 3600e9;
            }
            Duration d = Duration.ofNanos(Math.round(Double.parseDouble(num) * unit));
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("duration must be positive: '" + text + "'");
            }
            return d;
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().startsWith("duration")) {
                throw e;
            }
            throw new IllegalArgumentException("bad duration '" + text + "' (expected e.g. 60s, 500ms, 1m)");
        }
    }

    /** The shortest of the forms above that reads back to the same value. */
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
}
