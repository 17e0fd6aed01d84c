package dev.ateraharness.stub;

import java.util.Locale;

/**
 * The body of a 400 where Atera's document lists "400 Bad Request" with no schema (custom values, {@code POST
 * /tickets}, ticket updates and comments, customer folders and attachments, {@code DELETE /agents/{id}},
 * {@code GET /workhours}, {@code GET /billing/invoices}). Guarantees: with {@link #AS_DOCUMENTED} such a 400 has
 * no body, so it validates against the document; elsewhere the profile's error envelope is unchanged.
 */
public enum ErrorBodyPolicy {
    /** The profile's envelope everywhere (ProblemDetails in spec): what ASP.NET sends for a validation failure. */
    PROBLEM_DETAILS,
    /** No body where the document gives a 400 no schema. */
    AS_DOCUMENTED;

    /** Parses {@code problem-details} or {@code as-documented} (any case, '-' or '_'). */
    public static ErrorBodyPolicy parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The settings-file spelling. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
