package dev.ateraharness.evidence;

import dev.ateraharness.evidence.internal.RowReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The attempt log: what the client did, one row per attempt of a logical request. Schema {@link #COLUMNS};
 * written by {@link AttemptRowWriter}, read by {@link #read}, in CSV (header in any column order) or JSON lines.
 *
 * <p>Besides attempts, a log may hold <em>lost</em> marker rows ({@code outcome = lost}, {@code attempt} = how
 * many attempts were not recorded, {@code intended} = when the loss was noticed, {@code key} = {@code -},
 * {@code status} = 0): a writer that could not record some attempts says so in the log itself, and
 * {@link AttemptLog#complete()} is then false. Any unreadable row fails the read with a {@link LogFormatException}
 * naming the file and line.
 */
public final class AttemptLogFormat {

    /** The outcome of a marker row saying attempts were lost. */
    public static final String LOST = "lost";

    /** The columns, in the order writers put them. */
    public static final List<LogColumn> COLUMNS = List.of(
            new LogColumn("client_id", LogColumn.Type.TEXT, "", false, "the client's id"),
            new LogColumn("key", LogColumn.Type.TEXT, "", true, "fingerprint of the API key, '-' when none"),
            new LogColumn("method", LogColumn.Type.TEXT, "", false, "HTTP method"),
            new LogColumn("path", LogColumn.Type.TEXT, "", false, "route template (no ids, no query)"),
            new LogColumn("attempt", LogColumn.Type.INTEGER, "", true,
                    "1 for a logical request's first attempt; in a lost row, how many attempts were lost"),
            new LogColumn("intended", LogColumn.Type.TIMESTAMP, "UTC instant", true,
                    "when the caller (or the retry, after its delay) meant to send"),
            new LogColumn("sent", LogColumn.Type.TIMESTAMP, "UTC instant", false,
                    "when the limiter granted the permit and the request went out; empty if it never did"),
            new LogColumn("limiter_wait_ms", LogColumn.Type.DECIMAL, "ms", false, "time waiting for the limiter"),
            new LogColumn("received", LogColumn.Type.TIMESTAMP, "UTC instant", false,
                    "when the response arrived; empty if none did"),
            new LogColumn("status", LogColumn.Type.INTEGER, "", true, "HTTP status, 0 when there was no response"),
            new LogColumn("outcome", LogColumn.Type.TEXT, "", true, "ok, retry, fail (or lost: a marker row)"),
            new LogColumn("retry_reason", LogColumn.Type.TEXT, "", false,
                    "empty, or 429, 503, 5xx, io, timeout"),
            new LogColumn("retry_after_s", LogColumn.Type.DECIMAL, "s", false,
                    "the Retry-After received, empty if none or unreadable"),
            new LogColumn("delay_ms", LogColumn.Type.DECIMAL, "ms", false,
                    "the delay chosen before the next attempt, empty if none follows"),
            new LogColumn("backoff_ceiling_ms", LogColumn.Type.DECIMAL, "ms", false,
                    "min(cap, base x 2^(attempt-1)) when the delay came from jittered backoff"));

    /** The CSV header writers put first. */
    public static final String CSV_HEADER = LogColumn.header(COLUMNS);

    private AttemptLogFormat() {
    }

    /** Reads {@code file} (CSV or JSON lines). */
    public static AttemptLog read(Path file) throws IOException {
        List<Attempt> out = new ArrayList<>();
        long lost = 0;
        int marks = 0;
        try (RowReader r = RowReader.open(file, COLUMNS)) {
            while (r.next()) {
                int attempt = r.integer(4, 0);
                String outcome = r.text(10);
                if (outcome.equals(LOST)) {
                    marks++;
                    lost += Math.max(0, attempt);
                    continue;
                }
                if (attempt < 1) {
                    throw r.error("attempt must count from 1, got " + attempt);
                }
                if (!outcome.equals("ok") && !outcome.equals("retry") && !outcome.equals("fail")) {
                    throw r.error("outcome must be ok, retry, fail or lost, got '" + outcome + "'");
                }
                out.add(new Attempt(r.text(0), r.text(1), r.text(2), r.text(3), attempt,
                        r.time(5, Attempt.NONE), r.time(6, Attempt.NONE), r.decimal(7),
                        r.time(8, Attempt.NONE), r.integer(9, 0), outcome, r.text(11),
                        r.decimal(12), r.decimal(13), r.decimal(14)));
            }
        }
        return new AttemptLog(out, lost, marks);
    }

    /** A writer to {@code out} (closed with the writer); CSV starts with the header at once. */
    public static AttemptRowWriter writer(Writer out, LogFormat format) throws IOException {
        return new AttemptRowWriter(out, format);
    }
}
