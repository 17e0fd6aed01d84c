package dev.ateraharness.evidence;

import dev.ateraharness.evidence.internal.RowWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes arrival-log rows ({@link ArrivalLogFormat#COLUMNS}) as CSV or JSON lines. Guarantees: what it writes,
 * {@link ArrivalLogFormat#read} reads back unchanged (timestamps to the microsecond); thread-safe, rows never
 * interleave; buffered, so {@link #flush()} or {@link #close()}.
 */
public final class ArrivalRowWriter implements Flushable, Closeable {

    private final RowWriter rows;

    ArrivalRowWriter(Writer out, LogFormat format) throws IOException {
        this.rows = new RowWriter(out, format, ArrivalLogFormat.COLUMNS);
    }

    /** One row; {@code retryAfterSeconds} negative or NaN means none was sent. */
    public synchronized void write(long epochMicros, String key, String method, String path, int status,
                                   double retryAfterSeconds) throws IOException {
        rows.begin().time(epochMicros * 1000L, Long.MIN_VALUE).text(key).text(method).text(path).integer(status)
                .decimal(retryAfterSeconds >= 0 ? retryAfterSeconds : Double.NaN, -1).end();
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
