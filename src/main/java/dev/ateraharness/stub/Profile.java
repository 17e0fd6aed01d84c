package dev.ateraharness.stub;

import java.util.Locale;

/**
 * Which description of the Atera API the stub imitates where the two disagree.
 *
 * <p>{@link #SPEC} follows Atera's OpenAPI document (envelope {@code totalItemCount} with links, ProblemDetails
 * errors, empty 401, no rate headers). {@link #SEED} follows the seed document ({@code totalItems}, no links,
 * {@code {"Message","ErrorCode"}} errors, {@code X-RateLimit-*} headers). Neither is a promise about the live API.
 */
public enum Profile {
    SPEC, SEED;

    /** Parses {@code spec} or {@code seed}, any case. */
    public static Profile parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The lower-case name used in files and on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
