package dev.ateraharness.evidence;

import dev.ateraharness.evidence.internal.ArrivalRows;
import dev.ateraharness.evidence.internal.FastArrivalCsv;
import dev.ateraharness.evidence.internal.RowReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The arrival log: what the server saw, one row per request. Schema {@link #COLUMNS}; written by
 * {@link ArrivalRowWriter}, read by {@link #read}.
 *
 * <p>Readers accept CSV with a header naming the columns in any order (extra columns ignored, only the required
 * ones needed) or JSON lines with the same field names; timestamps as ISO-8601 instants or epoch milliseconds.
 * Any unreadable row fails the whole read with a {@link LogFormatException} naming the file and line: a verdict on
 * a partly read log would be meaningless. A CSV file is read by a byte-level fast path first; whatever that path
 * does not take (quoted cells, other timestamp forms, anything wrong) is read by the general jackson-dataformat-csv
 * reader, which also words every error.
 */
public final class ArrivalLogFormat {

    /** The columns, in the order writers put them. */
    public static final List<LogColumn> COLUMNS = List.of(
            new LogColumn("timestamp", LogColumn.Type.TIMESTAMP, "UTC instant", true,
                    "when the request arrived at the server"),
            new LogColumn("key", LogColumn.Type.TEXT, "", true,
                    "fingerprint of the API key (never the key), '-' when none was sent"),
            new LogColumn("method", LogColumn.Type.TEXT, "", false, "HTTP method"),
            new LogColumn("path", LogColumn.Type.TEXT, "", false, "request path without the query string"),
            new LogColumn("status", LogColumn.Type.INTEGER, "", true, "HTTP status the server answered"),
            new LogColumn("retry_after_s", LogColumn.Type.DECIMAL, "s", false,
                    "the Retry-After the server sent, empty when none"));

    /** The CSV header writers put first. */
    public static final String CSV_HEADER = LogColumn.header(COLUMNS);

    private ArrivalLogFormat() {
    }

    /** Reads {@code file} (CSV or JSON lines) into {@code sink}, in file order. */
    public static void read(Path file, ArrivalSink sink) throws IOException {
        if (FastArrivalCsv.applies(file) && FastArrivalCsv.read(file, sink)) {
            return;
        }
        sink.clear();
        try (RowReader rows = RowReader.open(file, COLUMNS)) {
            while (rows.next()) {
                ArrivalRows.accept(rows, sink);
            }
        }
    }

    /** A writer to {@code out} (not closed until the writer is). */
    public static ArrivalRowWriter writer(Writer out, LogFormat format) throws IOException {
        return new ArrivalRowWriter(out, format);
    }
}
