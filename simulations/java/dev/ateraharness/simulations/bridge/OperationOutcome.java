package dev.ateraharness.simulations.bridge;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What one client operation reported back to Gatling: OK or KO, the HTTP status if there was one, a message for
 * the report's error table, and optionally the time the operation was <em>intended</em> to start.
 *
 * <p>Guarantees: immutable; {@code statusCode} is {@link #NO_STATUS} (0) when no HTTP response was received, as in
 * the attempt log. When {@code intendedStartMillis} is positive the bridge logs the operation as starting then,
 * so time spent queueing before the operation (e.g. in the client's limiter) counts in the response time
 * (no coordinated omission). Does not: carry session updates or payloads; an operation that needs to report
 * items seen writes its own summary.
 *
 * @param ok                  true when the operation succeeded
 * @param statusCode          the final HTTP status, or {@link #NO_STATUS}
 * @param message             a short reason for a KO (may be null for OK)
 * @param intendedStartMillis epoch milliseconds the operation was meant to start, or {@link #NO_INTENDED_START}
 */
public record OperationOutcome(boolean ok, int statusCode, String message, long intendedStartMillis) {

    /** No HTTP response was received (I/O failure, timeout, exception). */
    public static final int NO_STATUS = 0;
    /** The operation did not say when it was meant to start: the bridge logs its actual start. */
    public static final long NO_INTENDED_START = 0L;

    /** A success with the given HTTP status (use {@link #NO_STATUS} if not HTTP). */
    public static OperationOutcome ok(int statusCode) {
        return new OperationOutcome(true, statusCode, null, NO_INTENDED_START);
    }

    /** A failure with a status and a short message. */
    public static OperationOutcome ko(int statusCode, String message) {
        return new OperationOutcome(false, statusCode, Objects.requireNonNullElse(message, "KO"), NO_INTENDED_START);
    }

    /** A failure from an exception: the message is the root cause's class and message. */
    public static OperationOutcome failure(Throwable error) {
        Throwable cause = unwrap(error);
        String text = cause == null ? "unknown failure"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new OperationOutcome(false, NO_STATUS, text, NO_INTENDED_START);
    }

    /** A copy that the bridge logs as starting at {@code epochMillis}. */
    public OperationOutcome withIntendedStart(long epochMillis) {
        return new OperationOutcome(ok, statusCode, message, epochMillis);
    }

    /** True when an intended start was given. */
    public boolean hasIntendedStart() {
        return intendedStartMillis > 0;
    }

    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
