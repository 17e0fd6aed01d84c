package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.evidence.AttemptLogFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 14): the planner (now the one latency type, {@link Latency}) read attempt logs by splitting lines on commas, so a quoted cell holding a
 * comma (a client id, a path) shifted the columns. It now reads through the evidence reader.
 */
class EmpiricalLatencyFromLogTest {

    @Test
    void quotedCellsWithCommasDoNotShiftTheColumns(@TempDir Path dir) throws IOException {
        Path log = Files.writeString(dir.resolve("attempts.csv"), AttemptLogFormat.CSV_HEADER + "\n"
                + "\"client, one\",k,GET,\"/a,b\",1,2026-01-01T00:00:00Z,2026-01-01T00:00:00.100000Z,0.000,"
                + "2026-01-01T00:00:00.350000Z,200,ok,,,,\n"
                + "c,k,GET,/x,1,2026-01-01T00:00:01Z,,,,0,fail,io,,,\n");
        Latency m = Latency.empirical(log);
        assertThat(m.meanNanos()).isEqualTo(250_000_000.0);
    }
}
