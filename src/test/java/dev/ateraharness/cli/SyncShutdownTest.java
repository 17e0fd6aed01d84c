package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.event.AttemptLogWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shutdown path of {@code sync} without a signal: exactly one end writes the files, completely. */
class SyncShutdownTest {

    private static SyncSummary summary(String entity) {
        return new SyncSummary(entity, 3, 3, 0, 1, 1, Duration.ofMillis(5));
    }

    @Test
    void theHookClosesTheLogWritesFinishedEntitiesInOrderAndThenTheNormalEndStandsDown(@TempDir Path dir)
            throws Exception {
        StringWriter err = new StringWriter();
        Path log = dir.resolve("attempts.csv");
        Path summary = dir.resolve("summary.json");
        AttemptLogWriter attempts = AttemptLogWriter.open(log);
        try (SyncShutdown s = SyncShutdown.install(new PrintWriter(err), attempts, summary,
                List.of("tickets", "agents", "customers"))) {
            s.finished(summary("agents"));
            s.finished(summary("tickets"));
            s.flush();
            s.flush(); // at most once
            assertThat(s.finishNormally(() -> {
                throw new AssertionError("the normal end must not write after the hook");
            })).isFalse();
        }
        assertThat(Files.readAllLines(log)).containsExactly(AttemptLogWriter.CSV_HEADER);
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("entity").asText()).isEqualTo("tickets");
        assertThat(json.get(1).get("entity").asText()).isEqualTo("agents");
        assertThat(err.toString()).containsOnlyOnce("interrupted: stopped by a signal after 2 of 3 entities")
                .contains("attempt log closed").contains("summary written (2 finished entities)");
    }

    @Test
    void afterANormalEndTheHookWritesNothing(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        Path summary = dir.resolve("summary.json");
        try (SyncShutdown s = SyncShutdown.install(new PrintWriter(err), null, summary, List.of("tickets"))) {
            s.finished(summary("tickets"));
            assertThat(s.finishNormally(() -> { })).isTrue();
            s.flush();
        }
        assertThat(summary).doesNotExist();
        assertThat(err.toString()).isEmpty();
    }
}
