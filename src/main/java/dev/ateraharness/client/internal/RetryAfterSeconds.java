package dev.ateraharness.client.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} given as delay-seconds (integer, or leniently a decimal). HTTP-dates are not
 * handled here: the full RFC 9110 parser lives in {@code client.retry}; until it is wired in, a date reads as empty.
 */
public final class RetryAfterSeconds {

    private RetryAfterSeconds() {
    }

    public static Optional<Duration> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            double s = Double.parseDouble(value.trim());
            if (s < 0 || Double.isNaN(s) || Double.isInfinite(s) || s > 1e9) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos(Math.round(s * 1e9)));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
