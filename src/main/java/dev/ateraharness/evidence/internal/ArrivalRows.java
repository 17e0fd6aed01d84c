package dev.ateraharness.evidence.internal;

import dev.ateraharness.evidence.ArrivalSink;
import dev.ateraharness.evidence.LogFormatException;

/** The one conversion of an arrival-log row's cells (schema order) into a sink call, with its checks. */
public final class ArrivalRows {

    private ArrivalRows() {
    }

    public static void accept(Cells row, ArrivalSink sink) throws LogFormatException {
        long t = row.time(0, 0);
        String key = row.text(1);
        int status = row.integer(4, 0);
        double ra = row.decimal(5);
        if (ra < 0) {
            throw row.error("retry_after_s must be a non-negative number: '" + ra + "'");
        }
        sink.arrival(t, key, row.text(2), row.text(3), status, ra);
    }
}
