package dev.ateraharness.evidence;

import dev.ateraharness.evidence.internal.RowWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes attempt-log rows ({@link AttemptLogFormat#COLUMNS}) as CSV or JSON lines: instants to the microsecond,
 * milliseconds and seconds with three fraction digits, absent values as empty cells (CSV) or nulls (JSON).
 * Guarantees: what it writes {@link AttemptLogFormat#read} reads back (to that precision); thread-safe, rows never
 * interleave; buffered, so {@link #flush()} or {@link #close()}.
 */
public final class AttemptRowWriter implements Flushable, Closeable {

    private final RowWriter rows;

    AttemptRowWriter(Writer out, LogFormat format) throws IOException {
        this.rows = new RowWriter(out, format, AttemptLogFormat.COLUMNS);
    }

    public synchronized void write(Attempt a) throws IOException {
        rows.begin().text(a.clientId()).text(a.key()).text(a.method()).text(a.path()).integer(a.attempt())
                .time(a.intendedNanos(), Attempt.NONE).time(a.sentNanos(), Attempt.NONE)
                .decimal(a.limiterWaitMs(), 3).time(a.receivedNanos(), Attempt.NONE).integer(a.status())
                .text(a.outcome()).text(a.retryReason() == null || a.retryReason().isEmpty() ? null : a.retryReason())
                .decimal(a.retryAfterSeconds(), 3).decimal(a.delayMs(), 3).decimal(a.backoffCeilingMs(), 3).end();
    }

    /**
     * A marker row saying {@code count} attempts (at least 1) were not recorded around {@code atNanos}: a reader
     * then reports the log incomplete, so it cannot pass.
     */
    public synchronized void writeLost(long count, long atNanos) throws IOException {
        rows.begin().text(null).text("-").text(null).text(null).integer(Math.max(1, count))
                .time(atNanos, Attempt.NONE).time(Attempt.NONE, Attempt.NONE).decimal(Double.NaN, 3)
                .time(Attempt.NONE, Attempt.NONE).integer(0).text(AttemptLogFormat.LOST).text(null)
                .decimal(Double.NaN, 3).decimal(Double.NaN, 3).decimal(Double.NaN, 3).end();
    }

    @Override
    public synchronized void flush() throws IOException {
        rows.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        rows.close();
    }
}
