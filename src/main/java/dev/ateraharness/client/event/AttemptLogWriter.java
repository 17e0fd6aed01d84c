package dev.ateraharness.client.event;

import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.AttemptLogFormat;
import dev.ateraharness.evidence.AttemptRowWriter;
import dev.ateraharness.evidence.LogFormat;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes the attempt log through {@link AttemptLogFormat} (the format the checks read): CSV with the header
 * {@link #CSV_HEADER}, or JSON lines with the same field names.
 *
 * <p>Guarantees: thread-safe (one lock per writer), rows never interleave; buffered, so call {@link #flush()} or
 * {@link #close()}; never writes a key (only its fingerprint). A write error is rethrown as
 * {@link UncheckedIOException} to the caller of {@link #onAttempt} (the pipeline then fails that request with
 * {@link AttemptNotRecordedException}), and it is sticky: once a row may have been lost, every later
 * {@link #onAttempt}, {@link #flush()} and {@link #close()} throws too, so no caller can finish with a log that
 * silently has a hole ({@link #failure()} says why). {@link #markLost} writes a marker row that makes the log read
 * as incomplete, for a caller that knows rows were lost elsewhere.
 */
public final class AttemptLogWriter implements AttemptListener, Flushable, Closeable {

    /** The attempt log's CSV header, exactly. */
    public static final String CSV_HEADER = AttemptLogFormat.CSV_HEADER;

    private final AttemptRowWriter rows;
    private IOException failure;

    /** Writes to {@code out}, starting with the CSV header when CSV. */
    public AttemptLogWriter(Writer out, LogFormat format) {
        try {
            this.rows = AttemptLogFormat.writer(out, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates (or truncates) {@code file}; JSON lines when the name ends in .jsonl, .ndjson or .json, else CSV. */
    public static AttemptLogWriter open(Path file) throws IOException {
        return new AttemptLogWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), LogFormat.forFile(file));
    }

    @Override
    public synchronized void onAttempt(AttemptRecord r) {
        try {
            failIfBroken();
            rows.write(row(r));
        } catch (IOException e) {
            remember(e);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records that {@code count} attempts could not be written (around {@code at}): the log then reads as
     * incomplete, so no check passes on it.
     */
    public synchronized void markLost(long count, Instant at) throws IOException {
        failIfBroken();
        try {
            rows.writeLost(count, nanos(at));
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    /** The evidence row of an attempt record. */
    public static Attempt row(AttemptRecord r) {
        return new Attempt(r.clientId(), r.keyFingerprint(), r.method(), r.pathTemplate(), r.attempt(),
                nanos(r.intended()), nanos(r.sent()), r.limiterWaitMillis(), nanos(r.received()), r.status(),
                r.outcome().code(), r.retryReason() == null ? "" : r.retryReason().code(),
                orNaN(r.retryAfterSeconds()), orNaN(r.delayMillis()), orNaN(r.backoffCeilingMillis()));
    }

    private static long nanos(Instant t) {
        return t == null ? Attempt.NONE : Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L),
                t.getNano());
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    /** Why the log is incomplete (a write failed), if it is. */
    public synchronized Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public synchronized void flush() throws IOException {
        failIfBroken();
        try {
            rows.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    /** Closes the file; throws if any row was lost (before or now), so a broken log never closes quietly. */
    @Override
    public synchronized void close() throws IOException {
        try {
            rows.close();
        } catch (IOException e) {
            remember(e);
        }
        failIfBroken();
    }

    private void remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    private void failIfBroken() throws IOException {
        if (failure != null) {
            throw new IOException("the attempt log is incomplete: a write failed earlier and rows may be lost ("
                    + failure.getMessage() + ")", failure);
        }
    }
}
