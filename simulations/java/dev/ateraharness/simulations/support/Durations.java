package dev.ateraharness.simulations.support;

import java.time.Duration;
import java.util.Locale;

/** Parses the short durations used on the command line: {@code 500ms}, {@code 6s}, {@code 2m}, {@code 1h}, ISO-8601. */
public final class Durations {

    private Durations() {
    }

    /** A bare number means seconds. Throws IllegalArgumentException naming the bad value. */
    public static Duration parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (s.startsWith("pt") || s.startsWith("p")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            if (s.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).strip()));
            }
            char unit = s.charAt(s.length() - 1);
            String number = Character.isDigit(unit) ? s : s.substring(0, s.length() - 1).strip();
            double value = Double.parseDouble(number);
            double seconds = switch (unit) {
                case 's' -> value;
                case 'm' -> value * 60;
                case 'h' -> value * 3600;
                default -> {
                    if (!Character.isDigit(unit)) {
                        throw new IllegalArgumentException();
                    }
                    yield value;
                }
            };
            return Duration.ofNanos(Math.round(seconds * 1e9));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 500ms, 6s, 2m, 1h)");
        }
    }
}
