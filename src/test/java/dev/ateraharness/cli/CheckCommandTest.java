package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = AteraHarness.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path arrivals(String name, int n, long spacingMs) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("timestamp,key,method,path,status,retry_after_s");
        long t = 1_767_225_600_000L;
        for (int i = 0; i < n; i++) {
            lines.add((t + i * spacingMs) + ",abcdefabcdef,GET,/api/v3/tickets,200,");
        }
        return Files.write(dir.resolve(name), lines);
    }

    @Test
    void exitsZeroWhenEveryGatePassesAndWritesTheReports() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("check", "--arrivals", arrivals("ok.csv", 700, 60).toString(), "--out", out.toString(),
                "--label", "abcdefabcdef=shared client");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("window").contains("pass").contains("overall: pass");
        assertThat(out.resolve("verdict.json")).exists();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("junit.xml")).exists();
        assertThat(Files.readString(out.resolve("summary.md"))).contains("shared client");
    }

    @Test
    void judgesAttemptLogAndSyncSummaryToo() throws IOException {
        List<String> att = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(11);
        long t = 1_767_225_600_000L;
        for (int r = 0; r < 40; r++) {
            for (int n = 1; n <= 3; n++) {
                double ceiling = 100 * Math.pow(2, n);
                boolean last = n == 3;
                att.add(String.format(java.util.Locale.ROOT, "{\"client_id\":\"c\",\"key\":\"abcdefabcdef\","
                        + "\"path\":\"/api/v3/tickets\",\"attempt\":%d,\"intended\":%d,\"sent\":%d,"
                        + "\"received\":%d,\"status\":%d,\"outcome\":\"%s\"%s}", n, t, t, t + 20,
                        last ? 200 : 503, last ? "ok" : "retry", last ? ""
                        : String.format(java.util.Locale.ROOT, ",\"delay_ms\":%.3f,\"backoff_ceiling_ms\":%.0f",
                                ceiling * rnd.nextDouble(), ceiling)));
                t += 1000;
            }
        }
        Path attempts = Files.write(dir.resolve("attempts.jsonl"), att);
        Path sync = Files.writeString(dir.resolve("sync.json"),
                "[{\"entity\":\"tickets\",\"itemsSeen\":120,\"totalItemCount\":120,\"pages\":3,\"requests\":3}]");
        Path out = dir.resolve("full");
        Run r = run("check", "--arrivals", arrivals("a.csv", 120, 1000).toString(), "--attempts",
                attempts.toString(), "--sync-summary", sync.toString(), "--out", out.toString(),
                "--gate", "window,retry-after,jitter,pagination");
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(0);
        assertThat(r.out()).containsPattern("jitter\\s+pass\\s+yes").containsPattern("latency\\s+pass")
                .containsPattern("pagination\\s+pass\\s+yes").containsPattern("backoff-growth\\s+pass");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Latency distribution")
                .contains("Backoff delay by attempt");
    }

    @Test
    void exitsOneWhenAGateFails() throws IOException {
        Run r = run("check", "--arrivals", arrivals("bad.csv", 701, 60).toString(), "--out",
                dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("overall: fail").contains("701");
    }

    @Test
    void limitAndWindowAreOptions() throws IOException {
        Run r = run("check", "--arrivals", arrivals("small.csv", 21, 50).toString(), "--limit", "20", "--window",
                "2s", "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("limit 20 per 2 s");
    }

    @Test
    void aMalformedLineExitsTwoNamingFileAndLine() throws IOException {
        Path f = Files.writeString(dir.resolve("broken.csv"),
                "timestamp,key,status\n2026-01-01T00:00:00Z,k,200\n2026-01-01T00:00:01Z,k,abc\n");
        Run r = run("check", "--arrivals", f.toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("broken.csv:3").contains("status");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aMalformedAttemptLogExitsTwo() throws IOException {
        Path att = Files.writeString(dir.resolve("att.jsonl"), "{\"key\":\"k\",\"attempt\":1}\nnot json\n");
        Run r = run("check", "--arrivals", arrivals("a.csv", 5, 10).toString(), "--attempts", att.toString(),
                "--out", dir.resolve("o").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("att.jsonl:1");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertThat(run("check").exit()).isEqualTo(2);
        assertThat(run("check", "--arrivals", dir.resolve("missing.csv").toString()).err())
                .contains("missing.csv");
        Run badWindow = run("check", "--arrivals", arrivals("w.csv", 1, 1).toString(), "--window", "soon");
        assertThat(badWindow.exit()).isEqualTo(2);
        assertThat(badWindow.err()).contains("soon");
        Run badGate = run("check", "--arrivals", arrivals("g.csv", 1, 1).toString(), "--gate", "speed");
        assertThat(badGate.exit()).isEqualTo(2);
    }
}
