package dev.ateraharness.client.event;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.ateraharness.text.LogCells;
import dev.ateraharness.time.Timestamps;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes the attempt log in the format the checks read: CSV with the header {@link #CSV_HEADER}, or JSON lines
 * with the same field names. Instants are ISO-8601 UTC with microseconds; empty cells (CSV) / nulls (JSON) where
 * a field does not apply; milliseconds as decimals with three fraction digits.
 *
 * <p>Guarantees: thread-safe (one lock per writer), rows never interleave; buffered, so call {@link #flush()} or
 * {@link #close()}; never writes a key (only its fingerprint). A write error is rethrown as
 * {@link UncheckedIOException} to the caller of {@link #onAttempt} (the pipeline then fails that request with
 * {@link AttemptNotRecordedException}), and it is sticky: once a row may have been lost, every later
 * {@link #onAttempt}, {@link #flush()} and {@link #close()} throws too, so no caller can finish with a log that
 * silently has a hole ({@link #failure()} says why).
 */
public final class AttemptLogWriter implements AttemptListener, Flushable, Closeable {

    /** The attempt log's CSV header, exactly. */
    public static final String CSV_HEADER = "client_id,key,method,path,attempt,intended,sent,limiter_wait_ms,"
            + "received,status,outcome,retry_reason,retry_after_s,delay_ms,backoff_ceiling_ms";

    /** CSV or JSON lines. */
    public enum Format { CSV, JSON_LINES }

    private static final String[] NAMES = CSV_HEADER.split(",");

    private final Writer out;
    private final Format format;
    private IOException failure;

    /** Writes to {@code out} (wrapped in a buffer), starting with the CSV header when CSV. */
    public AttemptLogWriter(Writer out, Format format) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        this.format = format;
        if (format == Format.CSV) {
            write(CSV_HEADER + "\n");
        }
    }

    /** Creates (or truncates) {@code file}; JSON lines when the name ends in .jsonl or .json, else CSV. */
    public static AttemptLogWriter open(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Format f = n.endsWith(".jsonl") || n.endsWith(".json") ? Format.JSON_LINES : Format.CSV;
        return new AttemptLogWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), f);
    }

    @Override
    public void onAttempt(AttemptRecord r) {
        String[] v = {r.clientId(), r.keyFingerprint(), r.method(), r.pathTemplate(),
            Integer.toString(r.attempt()), instant(r.intended()), instant(r.sent()), millis(r.limiterWaitMillis()),
            instant(r.received()), Integer.toString(r.status()), r.outcome().code(),
            r.retryReason() == null ? null : r.retryReason().code(), seconds(r.retryAfterSeconds()),
            millis(r.delayMillis()), millis(r.backoffCeilingMillis())};
        write(format == Format.CSV ? csv(v) : json(v));
    }

    private static String csv(String[] v) {
        StringBuilder b = new StringBuilder(160);
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            if (v[i] != null) {
                b.append(LogCells.csv(v[i]));
            }
        }
        return b.append('\n').toString();
    }

    private static String json(String[] v) {
        StringBuilder b = new StringBuilder(256).append('{');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(NAMES[i]).append("\":");
            boolean numeric = i == 4 || i == 7 || i == 9 || i >= 12;
            if (v[i] == null) {
                b.append("null");
            } else if (numeric) {
                b.append(v[i]);
            } else {
                LogCells.appendJsonString(b, v[i]);
            }
        }
        return b.append("}\n").toString();
    }

    private static String instant(Instant t) {
        return t == null ? null : Timestamps.format(t);
    }

    private static String millis(Double ms) {
        return ms == null ? null : String.format(Locale.ROOT, "%.3f", ms);
    }

    private static String seconds(Double s) {
        return s == null ? null : String.format(Locale.ROOT, "%.3f", s);
    }

    private synchronized void write(String s) {
        try {
            failIfBroken();
            out.write(s);
        } catch (IOException e) {
            remember(e);
            throw new UncheckedIOException(e);
        }
    }

    /** Why the log is incomplete (a write failed), if it is. */
    public synchronized java.util.Optional<IOException> failure() {
        return java.util.Optional.ofNullable(failure);
    }

    @Override
    public synchronized void flush() throws IOException {
        failIfBroken();
        try {
            out.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    /** Closes the file; throws if any row was lost (before or now), so a broken log never closes quietly. */
    @Override
    public synchronized void close() throws IOException {
        try {
            out.close();
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
