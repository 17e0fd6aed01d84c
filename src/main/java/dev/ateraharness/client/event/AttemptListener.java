package dev.ateraharness.client.event;

/**
 * Receives one {@link AttemptRecord} per attempt, after the attempt's fate is decided. Called on whatever thread
 * completed the attempt (the transport's or the scheduler's): implementations must be thread-safe and quick.
 * An exception thrown by a listener fails the request with {@link AttemptNotRecordedException}: the record is
 * evidence, and a log that lost a row must never look complete.
 */
@FunctionalInterface
public interface AttemptListener {

    /** Does nothing. */
    AttemptListener NONE = r -> { };

    void onAttempt(AttemptRecord record);

    /** Both this and {@code other}, in that order. */
    default AttemptListener andThen(AttemptListener other) {
        return r -> {
            onAttempt(r);
            other.onAttempt(r);
        };
    }
}
