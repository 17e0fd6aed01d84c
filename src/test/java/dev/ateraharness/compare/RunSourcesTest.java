package dev.ateraharness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.evidence.LogFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSourcesTest {

    @TempDir
    Path dir;

    private static String attempts() {
        StringBuilder b = new StringBuilder(AttemptLogWriter.CSV_HEADER).append('\n');
        for (int i = 0; i < 12; i++) {
            String t = String.format("2026-11-30T10:00:%02d.000000Z", i);
            String r = String.format("2026-11-30T10:00:%02d.100000Z", i);
            b.append("c,k1,GET,/tickets,1,").append(t).append(',').append(t).append(",0,").append(r)
                    .append(i == 3 ? ",429,retry,429,1,," : ",200,ok,,,,").append('\n');
            if (i == 3) {
                String t2 = String.format("2026-11-30T10:00:%02d.500000Z", i);
                String r2 = String.format("2026-11-30T10:00:%02d.600000Z", i);
                b.append("c,k1,GET,/tickets,2,").append(t).append(',').append(t2).append(",0,").append(r2)
                        .append(",200,ok,,,,\n");
            }
        }
        return b.toString();
    }

    @Test
    void aGatlingRunFolderReadsItsComplianceLogsSummaryAndSettings() throws Exception {
        Path c = Files.createDirectories(dir.resolve("fullsync-1/compliance"));
        Files.writeString(c.resolve("attempts.csv"), attempts());
        StringBuilder arr = new StringBuilder("timestamp,key,method,path,status,retry_after_s\n");
        for (int i = 0; i < 13; i++) {
            arr.append(String.format("2026-11-30T10:00:%02d.050000Z,k1,GET,/tickets,200,%n", i));
        }
        Files.writeString(c.resolve("arrivals.csv"), arr);
        Files.writeString(c.resolve("sync-summary.json"), "[{\"entity\":\"tickets\",\"itemsSeen\":1,"
                + "\"totalItemCount\":1,\"durationMs\":1200},{\"entity\":\"tickets\",\"itemsSeen\":1,"
                + "\"totalItemCount\":1,\"durationMs\":1300}]");
        Files.writeString(c.resolve("verdict.json"), "{\"settings\":{\"limit\":70,\"windowSeconds\":6.0}}");
        RunRecord r = RunSources.load(dir.resolve("fullsync-1").toString(), new RunHistory(dir.resolve("h.jsonl")),
                700, Duration.ofSeconds(60));
        assertThat(r.runId()).isEqualTo("fullsync-1");
        assertThat(r.figure("latencyMs").orElseThrow().n()).isEqualTo(12);
        assertThat(r.figure("syncDurationMs").orElseThrow().samples()).containsExactly(1200, 1300);
        assertThat(r.figure("status429").orElseThrow().count()).isEqualTo(1);
        assertThat(r.figure("retries").orElseThrow().count()).isEqualTo(1);
        assertThat(r.figure("retries").orElseThrow().exposure()).isEqualTo(12);
        FigureData max = r.figure("maxInWindow").orElseThrow();
        assertThat(max.limit()).isEqualTo(70);
        assertThat(max.value()).isEqualTo(6); // arrivals at 0..12 s, one per second: 6 in any [t, t+6 s)
        assertThat(max.unit()).startsWith("arrivals");
        // 13 arrivals over a 12 s span: 3 windows begun (floor(12/6)+1), capacity 210
        assertThat(r.figure("utilisation").orElseThrow().exposure()).isEqualTo(210);
    }

    @Test
    void anAttemptLogIsAFileAndAHistoryFileIsItsLatestRecord() throws Exception {
        Path log = dir.resolve("a.csv");
        Files.writeString(log, attempts());
        RunHistory h = new RunHistory(dir.resolve("h.jsonl"));
        RunRecord fromLog = RunSources.load(log.toString(), h, 700, Duration.ofSeconds(60));
        assertThat(fromLog.fingerprint()).isEmpty();
        assertThat(fromLog.figure("maxInWindow").orElseThrow().unit()).startsWith("sent attempts");
        h.append(fromLog);
        assertThat(RunSources.load(h.file().toString(), h, 700, Duration.ofSeconds(60)).runId())
                .isEqualTo(fromLog.runId());
        assertThat(RunSources.load(fromLog.runId(), h, 700, Duration.ofSeconds(60)).runId())
                .isEqualTo(fromLog.runId());
    }

    @Test
    void unknownNamesAndBrokenLogsAreClearErrors() throws Exception {
        RunHistory h = new RunHistory(dir.resolve("h.jsonl"));
        assertThatThrownBy(() -> RunSources.load("nope", h, 700, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope' is no run folder");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, AttemptLogWriter.CSV_HEADER + "\nc,k,GET,/t,zero,x,,,,200,ok,,,,\n");
        assertThatThrownBy(() -> RunSources.load(bad.toString(), h, 700, Duration.ofSeconds(60)))
                .isInstanceOf(LogFormatException.class).hasMessageContaining("bad.csv:2");
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> RunSources.load(dir.resolve("empty").toString(), h, 700, Duration.ofSeconds(60)))
                .hasMessageContaining("needs attempts.csv");
    }
}
