package dev.ateraharness.stub;

import java.util.Locale;

/**
 * What the stub answers for an id that does not exist where Atera's document lists no 404 (for example
 * {@code PUT /tickets/{id}}, {@code DELETE /tickets/{id}}, {@code PUT /alerts/{id}}, custom values of an unknown
 * item). Guarantees: with {@link #AS_DOCUMENTED} every such answer is a status the operation's document lists.
 */
public enum UnknownIdPolicy {
    /** 404 in the profile's envelope everywhere (what an ASP.NET API most likely does; the default). */
    NOT_FOUND_404,
    /**
     * Only statuses the document lists: 404 where listed; else a read of a list answers 200 with an empty list;
     * else 400 where listed; else a DELETE answers 204 (nothing left to delete); else 400.
     */
    AS_DOCUMENTED;

    /** Parses {@code 404} or {@code as-documented} (any case, '-' or '_'). */
    public static UnknownIdPolicy parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (t) {
            case "404", "NOT_FOUND", "NOT_FOUND_404" -> NOT_FOUND_404;
            case "AS_DOCUMENTED", "DOCUMENTED" -> AS_DOCUMENTED;
            default -> throw new IllegalArgumentException("unknownIdPolicy must be 404 or as-documented, not '" + text + "'");
        };
    }

    /** The settings-file spelling: {@code 404} or {@code as-documented}. */
    public String cliName() {
        return this == NOT_FOUND_404 ? "404" : "as-documented";
    }
}
