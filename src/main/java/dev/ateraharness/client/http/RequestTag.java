package dev.ateraharness.client.http;

/**
 * What the layers need to know about a request beyond its bytes.
 *
 * @param operation     a short operation name for logs and Gatling stats, e.g. {@code listTickets}
 * @param pathTemplate  the route with placeholders, e.g. {@code /tickets/{ticketId}} (the attempt log never
 *                      records ids or query strings)
 * @param idempotent    whether the method is safe to retry by default (GET, PUT, DELETE)
 * @param retryOptIn    the caller opted in to retrying a non-idempotent request (POST)
 * @param intendedNanos when the caller meant to send (before any limiter wait): the base of latency figures
 */
public record RequestTag(String operation, String pathTemplate, boolean idempotent, boolean retryOptIn,
                         long intendedNanos) {

    /** Whether a retry layer may retry this request. */
    public boolean retryable() {
        return idempotent || retryOptIn;
    }
}
