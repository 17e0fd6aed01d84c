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

/**
 * Writes the attempt log through {@link AttemptLogFormat} (the format the checks read): CSV with the header
 * {@link #CSV_HEADER}, or JSON lines with the same field names.
 *
 * <p>Guarantees: thread-safe, rows never interleave; buffered, so call {@link #flush()} or {@link #close()}; never
 * writes a key (only its fingerprint). A write error is rethrown as {@link UncheckedIOException} to the caller of
 * {@link #onAttempt}. {@link #markLost} writes a marker row that makes the log read as incomplete.
 */
public final class AttemptLogWriter implements AttemptListener, Flushable, Closeable {

    /** The attempt log's CSV header, exactly. */
    public static final String CSV_HEADER = AttemptLogFormat.CSV_HEADER;

    private final AttemptRowWriter rows;

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
    public void onAttempt(AttemptRecord r) {
        try {
            rows.write(row(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records that {@code count} attempts could not be written (around {@code at}): the log then reads as
     * incomplete, so no check passes on it.
     */
    public void markLost(long count, Instant at) throws IOException {
        rows.writeLost(count, nanos(at));
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

    @Override
    public void flush() throws IOException {
        rows.flush();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
