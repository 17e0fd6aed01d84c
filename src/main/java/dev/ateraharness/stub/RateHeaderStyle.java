package dev.ateraharness.stub;

import java.util.Locale;

/**
 * Which rate-limit headers the stub sends on every authenticated response (allowed or 429). {@code Retry-After}
 * is always sent on a 429, whatever this says.
 */
public enum RateHeaderStyle {
    /** None (what Atera was observed to send). */
    NONE,
    /** {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset} (seconds). */
    X_RATELIMIT,
    /** IETF draft: {@code RateLimit-Policy: "default";q=N;w=W} and {@code RateLimit: "default";r=R;t=T}. */
    IETF;

    /** Parses {@code none}, {@code x-ratelimit}, {@code ietf} (any case, '-' or '_'). */
    public static RateHeaderStyle parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
