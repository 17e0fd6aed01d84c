package dev.ateraharness.plan;

import java.util.Locale;

/**
 * Why a planned sync ended incomplete: its first failure for good, or items missing although nothing failed.
 *
 * <p>Guarantees: {@link #describe()} is one line of bounded length (the exception's message cut to its first line
 * and {@link #MAX_MESSAGE} characters), never holds a stack trace, and is equal for two runs that stopped the same
 * way, so reports can group runs by it. The page number is not part of it: with a page fan-out the client does not
 * say which page failed, so {@link #pagesRead()} (pages of the entity read before it stopped) is kept apart.
 *
 * @param type      the exception's simple name, or empty for {@link #itemsMissing}
 * @param message   its message, one line, shortened; for items missing, what was missing
 * @param entity    the entity whose sync failed, or empty when not known
 * @param pagesRead pages of {@code entity} read before the failure
 * @param atNanos   when the failure was seen (virtual epoch nanos), to find the first over several processes
 */
public record SyncStop(String type, String message, String entity, long pagesRead, long atNanos) {

    /** Longest message kept. */
    static final int MAX_MESSAGE = 160;

    private static final java.util.regex.Pattern SOURCE_LOCATION =
            java.util.regex.Pattern.compile("\\s*\\(?(start marker )?at \\[Source:.*$");

    /** The first failure of {@code entity}: {@code failure} with future wrappers removed. */
    public static SyncStop failure(Throwable failure, String entity, long pagesRead, long atNanos) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return new SyncStop(t.getClass().getSimpleName(), oneLine(String.valueOf(t.getMessage())), entity, pagesRead,
                atNanos);
    }

    /** A sync that ended without a failure but saw fewer items than the totals; {@code what} says where. */
    public static SyncStop itemsMissing(String what, long atNanos) {
        return new SyncStop("", oneLine(what), "", 0, atNanos);
    }

    /** Whether this is a failure (not items missing). */
    public boolean failed() {
        return !type.isEmpty();
    }

    /** One line, the same for runs that stopped the same way: "Type: message (entity e)" or "items missing: ...". */
    public String describe() {
        if (!failed()) {
            return "items missing" + (message.isEmpty() ? "" : ": " + message);
        }
        return type + ": " + message + (entity.isEmpty() ? "" : String.format(Locale.ROOT, " (entity %s)", entity));
    }

    static String oneLine(String s) {
        String line = s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        // a parser's location ("(start marker at [Source: ...; line: 1, column: 80]") differs from body to body
        line = SOURCE_LOCATION.matcher(line).replaceFirst("");
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 3) + "...";
    }
}
