package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.SyncSummaryRow;
import dev.ateraharness.evidence.LogFormatException;
import dev.ateraharness.evidence.AttemptLogFormat;
import dev.ateraharness.evidence.SyncSummaryFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static long nanos(String iso) {
        Instant i = Instant.parse(iso);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    @Test
    void readsTheContractCsv() throws IOException {
        ArrivalLog log = ArrivalLog.read(file("a.csv", """
                timestamp,key,method,path,status,retry_after_s
                2026-01-01T00:00:01.000002Z,abc,GET,/api/v3/tickets,429,5
                2026-01-01T00:00:00.123456Z,abc,GET,/api/v3/agents,200,
                """));
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.get(0)).isEqualTo(new Arrival(nanos("2026-01-01T00:00:00.123456Z"), "abc", "GET",
                "/api/v3/agents", 200, Double.NaN));
        assertThat(log.get(1).retryAfterSeconds()).isEqualTo(5.0);
        assertThat(log.get(1).status()).isEqualTo(429);
    }

    @Test
    void columnsByNameInAnyOrderWithExtrasAndOnlyTheRequiredOnes() throws IOException {
        ArrivalLog log = ArrivalLog.read(file("a.csv", """
                status,extra,key,timestamp
                200,"x, with comma",k1,1767225600123.456
                503,,k2,1767225600124
                """));
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.timeNanos(0)).isEqualTo(1_767_225_600_123_456_000L);
        assertThat(log.key(1)).isEqualTo("k2");
        assertThat(log.path(0)).isEmpty();
        assertThat(log.retryAfterSeconds(1)).isNaN();
    }

    @Test
    void readsJsonLines() throws IOException {
        ArrivalLog log = ArrivalLog.read(file("a.jsonl", """
                {"timestamp":"2026-01-01T00:00:00.5Z","key":"k","status":429,"retry_after_s":1.5}

                {"timestamp":1767225601000,"key":"k","status":"200","method":"GET"}
                """));
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.timeNanos(0)).isEqualTo(nanos("2026-01-01T00:00:00.5Z"));
        assertThat(log.retryAfterSeconds(0)).isEqualTo(1.5);
        assertThat(log.timeNanos(1)).isEqualTo(nanos("2026-01-01T00:00:01Z"));
    }

    @Test
    void malformedLinesNameFileAndLine() throws IOException {
        Path bad = file("bad.csv", """
                timestamp,key,status
                2026-01-01T00:00:00Z,k,200

                2026-01-01T00:00:01Z,k,OK
                """);
        assertThatThrownBy(() -> ArrivalLog.read(bad)).isInstanceOf(LogFormatException.class)
                .hasMessageContaining("bad.csv:4").hasMessageContaining("status");
        Path badTime = file("t.csv", "timestamp,key,status\n2026-13-01T00:00:00Z,k,200\n");
        assertThatThrownBy(() -> ArrivalLog.read(badTime)).hasMessageContaining("t.csv:2");
        Path badDay = file("d.csv", "timestamp,key,status\n2026-01-31T00:00:00Z,k,200\n2026-02-30T00:00:00Z,k,200\n");
        assertThatThrownBy(() -> ArrivalLog.read(badDay)).hasMessageContaining("d.csv:3")
                .hasMessageContaining("2026-02-30");
        Path noKey = file("h.csv", "timestamp,status\n2026-01-01T00:00:00Z,200\n");
        assertThatThrownBy(() -> ArrivalLog.read(noKey)).hasMessageContaining("h.csv:1")
                .hasMessageContaining("'key'");
        Path json = file("j.ndjson", "{\"timestamp\":\"2026-01-01T00:00:00Z\",\"key\":\"k\"}\n");
        assertThatThrownBy(() -> ArrivalLog.read(json)).hasMessageContaining("j.ndjson:1")
                .hasMessageContaining("status");
    }

    @Test
    void readsTheAttemptLogContract() throws IOException {
        List<Attempt> rows = AttemptLogFormat.read(file("att.csv", """
                client_id,key,method,path,attempt,intended,sent,limiter_wait_ms,received,status,outcome,retry_reason,retry_after_s,delay_ms,backoff_ceiling_ms
                c,k,GET,/api/v3/tickets,1,2026-01-01T00:00:00.000000Z,2026-01-01T00:00:00.250000Z,250.0,2026-01-01T00:00:00.300000Z,503,retry,503,,123.4,400
                c,k,GET,/api/v3/tickets,2,2026-01-01T00:00:00.423400Z,,,,0,fail,io,,,
                """)).attempts();
        assertThat(rows).hasSize(2);
        Attempt a = rows.get(0);
        assertThat(a.limiterWaitMs()).isEqualTo(250.0);
        assertThat(a.hasBackoffCeiling()).isTrue();
        assertThat(a.delayMs()).isEqualTo(123.4);
        assertThat(rows.get(1).wasSent()).isFalse();
        assertThat(rows.get(1).wasReceived()).isFalse();
        assertThat(rows.get(1).outcome()).isEqualTo("fail");
    }

    @Test
    void readsTheSyncSummary() throws IOException {
        List<SyncSummaryRow> rows = SyncSummaryFormat.read(file("s.json",
                "[{\"entity\":\"tickets\",\"itemsSeen\":2847,\"totalItemCount\":2847,\"pages\":57,\"requests\":57}]"));
        assertThat(rows).containsExactly(new SyncSummaryRow("tickets", 2847, 2847, 57, 57));
        assertThatThrownBy(() -> SyncSummaryFormat.read(file("s2.json", "{}")))
                .isInstanceOf(LogFormatException.class);
    }

    @Test
    void aMissingFileIsAFormatErrorNamingIt() {
        assertThatThrownBy(() -> ArrivalLog.read(dir.resolve("nope.csv")))
                .isInstanceOf(LogFormatException.class).hasMessageContaining("nope.csv");
    }
}
