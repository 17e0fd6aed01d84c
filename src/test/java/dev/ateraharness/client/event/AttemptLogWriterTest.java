package dev.ateraharness.client.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.evidence.LogFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptLogWriterTest {

    private static final AttemptRecord RETRY = new AttemptRecord("client-1", "0123456789ab", "GET",
            "/tickets/{ticketId}", 1, Instant.parse("2026-01-01T00:00:00.000001Z"),
            Instant.parse("2026-01-01T00:00:00.250Z"), 249.999, Instant.parse("2026-01-01T00:00:00.3Z"), 429,
            AttemptOutcome.RETRY, RetryReason.TOO_MANY_REQUESTS, 1.0, 1234.5678, null);
    private static final AttemptRecord NEVER_SENT = new AttemptRecord("c,2", "-", "POST", "/tickets", 3,
            Instant.parse("2026-01-01T00:00:01Z"), null, 0, null, 0, AttemptOutcome.FAIL, null, null, null, null);

    @Test
    void csvHasTheAgreedHeaderAndCells() throws Exception {
        StringWriter out = new StringWriter();
        try (AttemptLogWriter w = new AttemptLogWriter(out, LogFormat.CSV)) {
            w.onAttempt(RETRY);
            w.onAttempt(NEVER_SENT);
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("client_id,key,method,path,attempt,intended,sent,limiter_wait_ms,"
                + "received,status,outcome,retry_reason,retry_after_s,delay_ms,backoff_ceiling_ms");
        assertThat(lines.get(1)).isEqualTo("client-1,0123456789ab,GET,/tickets/{ticketId},1,"
                + "2026-01-01T00:00:00.000001Z,2026-01-01T00:00:00.250000Z,249.999,2026-01-01T00:00:00.300000Z,"
                + "429,retry,429,1.000,1234.568,");
        assertThat(lines.get(2)).isEqualTo("\"c,2\",-,POST,/tickets,3,2026-01-01T00:00:01.000000Z,,0.000,,0,fail,,,,");
    }

    @Test
    void jsonLinesUseTheSameNamesAndNulls() throws Exception {
        StringWriter out = new StringWriter();
        try (AttemptLogWriter w = new AttemptLogWriter(out, LogFormat.JSON_LINES)) {
            w.onAttempt(RETRY);
            w.onAttempt(NEVER_SENT);
        }
        ObjectMapper m = new ObjectMapper();
        List<String> lines = out.toString().lines().toList();
        JsonNode a = m.readTree(lines.get(0));
        List<String> names = new ArrayList<>();
        a.fieldNames().forEachRemaining(names::add);
        assertThat(String.join(",", names)).isEqualTo(AttemptLogWriter.CSV_HEADER);
        assertThat(a.get("status").asInt()).isEqualTo(429);
        assertThat(a.get("retry_reason").asText()).isEqualTo("429");
        assertThat(a.get("delay_ms").asDouble()).isEqualTo(1234.568);
        JsonNode b = m.readTree(lines.get(1));
        assertThat(b.get("sent").isNull()).isTrue();
        assertThat(b.get("client_id").asText()).isEqualTo("c,2");
    }

    @Test
    void instantsKeepSixDigitsAndDropNanosAndStringsAreEscapedExactly() throws Exception {
        AttemptRecord odd = new AttemptRecord("a\"b\\c\n", "-", "GET", "/x", 1,
                Instant.parse("2026-01-01T00:00:00.000000999Z"), Instant.parse("2026-12-31T23:59:59.120Z"), 0,
                null, 0, AttemptOutcome.FAIL, null, null, null, null);
        StringWriter csv = new StringWriter();
        try (AttemptLogWriter w = new AttemptLogWriter(csv, LogFormat.CSV)) {
            w.onAttempt(odd);
        }
        assertThat(csv.toString()).endsWith("\n\"a\"\"b\\c\n\",-,GET,/x,1,2026-01-01T00:00:00.000000Z,"
                + "2026-12-31T23:59:59.120000Z,0.000,,0,fail,,,,\n");
        StringWriter json = new StringWriter();
        try (AttemptLogWriter w = new AttemptLogWriter(json, LogFormat.JSON_LINES)) {
            w.onAttempt(odd);
        }
        assertThat(json.toString()).startsWith("{\"client_id\":\"a\\\"b\\\\c\\n\",\"key\":\"-\",");
        JsonNode n = new ObjectMapper().readTree(json.toString());
        assertThat(n.get("client_id").asText()).isEqualTo(odd.clientId());
        assertThat(n.get("intended").asText()).isEqualTo("2026-01-01T00:00:00.000000Z");
        assertThat(n.get("sent").asText()).isEqualTo("2026-12-31T23:59:59.120000Z");
    }

    @Test
    void concurrentWritersNeverInterleaveRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("attempts.csv");
        try (AttemptLogWriter w = AttemptLogWriter.open(file)) {
            IntStream.range(0, 4_000).parallel().forEach(i -> w.onAttempt(RETRY));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4_001);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split(",", -1).length == 15);
    }
}
