package dev.ateraharness.stub;

import java.util.Locale;

/** The body of a 429: nothing, the seed's {@code {"Message","ErrorCode"}}, or RFC 7807 ProblemDetails. */
public enum RateLimitBody {
    EMPTY, MESSAGE, PROBLEM_DETAILS;

    /** Parses {@code empty}, {@code message}, {@code problem-details} (any case, '-' or '_'). */
    public static RateLimitBody parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
