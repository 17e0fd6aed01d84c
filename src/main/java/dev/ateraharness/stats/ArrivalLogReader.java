package dev.ateraharness.stats;

import dev.ateraharness.stats.internal.FastArrivalCsv;
import dev.ateraharness.stats.internal.LogRows;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads an arrival log (CSV by header names or JSON lines; see the README's arrival-log contract).
 *
 * <p>Required: {@code timestamp}, {@code key}, {@code status}; optional: {@code method}, {@code path},
 * {@code retry_after_s}. Timestamps are ISO-8601 instants or epoch milliseconds with an optional fraction.
 * Any unreadable row fails the whole read with a {@link LogFormatException} naming the file and line: a
 * compliance verdict on a partly-read log would be meaningless.
 */
public final class ArrivalLogReader {

    private static final List<String> COLUMNS = List.of("timestamp", "key", "method", "path", "status",
            "retry_after_s");
    private static final Set<String> REQUIRED = Set.of("timestamp", "key", "status");

    private ArrivalLogReader() {
    }

    /** .jsonl/.ndjson, or any other file (not .csv) whose first non-blank character is an opening brace. */
    static boolean isJsonLines(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        if (name.endsWith(".csv") || !Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            for (byte b : head) {
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return b == '{';
                }
            }
        }
        return false;
    }

    public static ArrivalLog read(Path file) throws IOException {
        if (!isJsonLines(file)) {
            return FastArrivalCsv.read(file);
        }
        return readRows(file);
    }

    /** The general reader (any format, one String per field); the CSV fast path must agree with it. */
    static ArrivalLog readRows(Path file) throws IOException {
        try (LogRows rows = LogRows.open(file, COLUMNS, REQUIRED)) {
            ArrivalLog.Builder b = new ArrivalLog.Builder(1024);
            while (rows.next()) {
                long t = rows.timeField(0, 0);
                String key = rows.textField(1);
                int status = rows.intField(4, 0);
                double ra = rows.decimalField(5);
                if (!Double.isNaN(ra) && ra < 0) {
                    throw rows.error("retry_after_s is negative: " + ra);
                }
                b.add(t, key, rows.textField(2), rows.textField(3), status, ra);
            }
            return b.build();
        }
    }
}
