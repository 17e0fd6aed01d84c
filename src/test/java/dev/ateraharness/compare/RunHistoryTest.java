package dev.ateraharness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.evidence.LogFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {

    @TempDir
    Path dir;

    static RunRecord rec(String id, String fp, boolean passed) {
        return new RunRecord(id, Instant.parse("2026-11-30T10:00:00Z"), "sync", "abc1234", fp,
                Map.of("limit", "700"), passed, List.of(
                        FigureData.samples("latencyMs", "ms", new double[] {3.5, 1.25, 2.0}),
                        FigureData.count("retries", "per request", 4, 100, true),
                        FigureData.exact("maxInWindow", "arrivals", 690, 700)));
    }

    @Test
    void aRecordRoundTripsThroughOneLine() throws Exception {
        RunHistory h = new RunHistory(dir.resolve("sub/history.jsonl"));
        h.append(rec("r1", "fp1", true));
        assertThat(Files.readAllLines(h.file())).hasSize(1);
        RunRecord back = h.find("r1").orElseThrow();
        assertThat(back.commit()).isEqualTo("abc1234");
        assertThat(back.settings()).containsEntry("limit", "700");
        assertThat(back.figure("latencyMs").orElseThrow().samples()).containsExactly(1.25, 2.0, 3.5);
        assertThat(back.figure("retries").orElseThrow().count()).isEqualTo(4);
        assertThat(back.figure("retries").orElseThrow().exposure()).isEqualTo(100);
        assertThat(back.figure("maxInWindow").orElseThrow().limit()).isEqualTo(700);
    }

    @Test
    void theDefaultBaselineIsTheLatestPassingRecordWithTheSameFingerprint() throws Exception {
        RunHistory h = new RunHistory(dir.resolve("history.jsonl"));
        h.append(rec("r1", "fp1", true));
        h.append(rec("r2", "fp2", true));
        h.append(rec("r3", "fp1", true));
        h.append(rec("r4", "fp1", false));
        h.append(rec("r5", "fp1", true));
        assertThat(h.latestPassing("fp1", "r5").orElseThrow().runId()).isEqualTo("r3");
        assertThat(h.latestPassing("fp1", "none").orElseThrow().runId()).isEqualTo("r5");
        assertThat(h.latestPassing("fp3", "")).isEmpty();
        // the multi-run default: the last k passing with the fingerprint, oldest first, failed and other runs out
        assertThat(h.lastPassing("fp1", "none", 3)).extracting(RunRecord::runId).containsExactly("r1", "r3", "r5");
        assertThat(h.lastPassing("fp1", "r5", 3)).extracting(RunRecord::runId).containsExactly("r1", "r3");
        assertThat(h.lastPassing("fp1", "none", 1)).extracting(RunRecord::runId).containsExactly("r5");
        assertThat(h.lastPassing("", "none", 3)).isEmpty();
        assertThat(h.trend("fp1", 3)).extracting(RunRecord::runId).containsExactly("r3", "r4", "r5");
        assertThat(new RunHistory(dir.resolve("absent.jsonl")).latest()).isEmpty();
    }

    @Test
    void aBrokenLineFailsTheReadNamingFileAndLine() throws Exception {
        RunHistory h = new RunHistory(dir.resolve("history.jsonl"));
        h.append(rec("r1", "fp1", true));
        Files.writeString(h.file(), "{\"schema\":1,\"runId\":\"x\",\"figures\":{\"a\":{\"kind\":\"what\"}}}\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> h.latest()).isInstanceOf(LogFormatException.class)
                .hasMessageContaining("history.jsonl:2").hasMessageContaining("unknown figure kind");
    }

    @Test
    void anOverlongLineIsRefusedWithoutReadingItWhole() throws Exception {
        RunHistory h = new RunHistory(dir.resolve("history.jsonl"));
        h.append(rec("r1", "fp1", true));
        Files.writeString(h.file(), "x".repeat(RunHistory.MAX_LINE + 10) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> h.latest()).isInstanceOf(LogFormatException.class)
                .hasMessageContaining("history.jsonl:2").hasMessageContaining("longer than");
        assertThat(RunSources.isHistory(h.file())).isTrue();
    }

    @Test
    void theFingerprintIgnoresOrderAndSeesEveryValue() {
        String a = SettingsFingerprint.of(Map.of("a", "1", "b", "2"));
        assertThat(a).hasSize(12).isEqualTo(SettingsFingerprint.of(new java.util.TreeMap<>(Map.of("b", "2", "a", "1"))));
        assertThat(SettingsFingerprint.of(Map.of("a", "1", "b", "3"))).isNotEqualTo(a);
    }

    @Test
    void theCommitComesFromTheEnvironmentFirst() {
        assertThat(GitCommit.detect(Map.of("GITHUB_SHA", "ABCDEF1234567"))).isEqualTo("abcdef1234567");
    }
}
