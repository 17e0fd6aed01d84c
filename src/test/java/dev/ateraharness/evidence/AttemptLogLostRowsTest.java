package dev.ateraharness.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer that lost rows says so in the log, and the reader reports the log incomplete. */
class AttemptLogLostRowsTest {

    @Test
    void aLostMarkerMakesTheLogIncomplete(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"a.csv", "a.jsonl"}) {
            Path file = dir.resolve(name);
            try (AttemptRowWriter w = AttemptLogFormat.writer(Files.newBufferedWriter(file),
                    LogFormat.forFile(file))) {
                w.write(new Attempt("c", "k", "GET", "/x", 1, 1_000_000_000L, 1_000_000_000L, 0, 2_000_000_000L,
                        200, "ok", "", Double.NaN, Double.NaN, Double.NaN));
                w.writeLost(3, 3_000_000_000L);
            }
            AttemptLog log = AttemptLogFormat.read(file);
            assertThat(log.attempts()).hasSize(1);
            assertThat(log.complete()).as(name).isFalse();
            assertThat(log.lostRows()).isEqualTo(3);
        }
    }

    @Test
    void aLogWithoutMarkersIsComplete(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("b.csv"), AttemptLogFormat.CSV_HEADER + "\n");
        assertThat(AttemptLogFormat.read(file).complete()).isTrue();
    }
}
