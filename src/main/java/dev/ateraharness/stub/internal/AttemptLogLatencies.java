package dev.ateraharness.stub.internal;

import dev.ateraharness.evidence.AttemptLog;
import dev.ateraharness.evidence.AttemptLogFormat;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The round-trip times of an attempt log (read through {@link AttemptLogFormat}, the one reader of that format) as
 * {@code received - sent} of every attempt that has both; rows without a response (status 0, empty received) are
 * skipped, since a timeout is not a latency.
 */
public final class AttemptLogLatencies {

    private AttemptLogLatencies() {
    }

    /** Reads the CSV or JSON-lines attempt log. */
    public static long[] read(Path file) throws IOException {
        AttemptLog log = AttemptLogFormat.read(file);
        long[] values = log.attempts().stream().filter(a -> a.wasSent() && a.wasReceived())
                .mapToLong(a -> a.receivedNanos() - a.sentNanos()).toArray();
        if (values.length == 0) {
            throw new IOException(file + ": no attempt with both sent and received, so no latency to sample");
        }
        return values;
    }
}
