package dev.ateraharness.client.event;

import dev.ateraharness.client.http.TransportException;

/**
 * An {@link AttemptListener} threw, so the attempt it was given is missing from whatever it records (the attempt
 * log). The request fails with this instead of its own outcome: evidence that lost a row must never look complete,
 * and a verdict must never be computed over it unknowingly. The listener's exception is the cause; the request's
 * own failure, if it had one, is attached as suppressed.
 */
public final class AttemptNotRecordedException extends TransportException {

    private static final long serialVersionUID = 1L;

    public AttemptNotRecordedException(AttemptRecord record, Throwable cause) {
        super("the attempt listener failed, so attempt " + record.attempt() + " of " + record.method() + " "
                + record.pathTemplate() + " is missing from the attempt log (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "); the request is failed "
                + "rather than letting the log look complete", cause);
    }
}
