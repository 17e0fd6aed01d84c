package dev.ateraharness.stats;

import dev.ateraharness.stats.internal.LogRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an attempt log (CSV by header names or JSON lines; see the README's attempt-log contract), keeping file
 * order (the order logical requests are grouped by).
 *
 * <p>Required: {@code key}, {@code attempt}, {@code intended}, {@code status}, {@code outcome}; the rest are
 * optional and read as absent when empty. Fails on the first unreadable row with a {@link LogFormatException}.
 */
public final class AttemptLogReader {

    private static final List<String> COLUMNS = List.of("client_id", "key", "method", "path", "attempt", "intended",
            "sent", "limiter_wait_ms", "received", "status", "outcome", "retry_reason", "retry_after_s", "delay_ms",
            "backoff_ceiling_ms");
    private static final Set<String> REQUIRED = Set.of("key", "attempt", "intended", "status", "outcome");

    private AttemptLogReader() {
    }

    public static List<Attempt> read(Path file) throws IOException {
        List<Attempt> out = new ArrayList<>();
        try (LogRows r = LogRows.open(file, COLUMNS, REQUIRED)) {
            while (r.next()) {
                int attempt = r.intField(4, 0);
                if (attempt < 1) {
                    throw r.error("attempt must count from 1, got " + attempt);
                }
                String outcome = r.textField(10);
                if (!outcome.equals("ok") && !outcome.equals("retry") && !outcome.equals("fail")) {
                    throw r.error("outcome must be ok, retry or fail, got '" + outcome + "'");
                }
                out.add(new Attempt(r.textField(0), r.textField(1), r.textField(2), r.textField(3), attempt,
                        r.timeField(5, Attempt.NONE), r.timeField(6, Attempt.NONE), r.decimalField(7),
                        r.timeField(8, Attempt.NONE), r.intField(9, 0), outcome, r.textField(11),
                        r.decimalField(12), r.decimalField(13), r.decimalField(14)));
            }
        }
        return out;
    }
}
