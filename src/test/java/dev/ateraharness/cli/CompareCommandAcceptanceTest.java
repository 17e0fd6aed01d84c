package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.compare.RunHistory;
import dev.ateraharness.compare.RunRecord;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The issue's "done when": {@code compare} on two attempt logs of one workload (sync against the real stub, over
 * HTTP) exits 0, and on a candidate whose every response is twice as slow exits 1, both printing the interval.
 * The stubs' latency is fixed (100 ms vs 200 ms) so the workload dominates what is measured, and the three syncs
 * run at once so that the load other builds put on the machine hits them alike.
 */
class CompareCommandAcceptanceTest {

    static final String KEY = "compare-stub-key-0a1b2c3d";

    @TempDir
    Path dir;

    @Test
    void sameWorkloadPassesAndTwiceAsSlowFailsWithTheIntervalPrinted() throws Exception {
        Path history = dir.resolve("history.jsonl");
        // the three syncs run at the same time, so a load spike on this shared machine hits all of them alike
        try (AteraStub normal = AteraStub.start(settings(100)); AteraStub slower = AteraStub.start(settings(200))) {
            warmUp(normal);
            warmUp(slower);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                Future<Integer> a1 = pool.submit(() -> sync(normal, "a1"));
                Future<Integer> a2 = pool.submit(() -> sync(normal, "a2"));
                Future<Integer> b = pool.submit(() -> sync(slower, "b"));
                assertThat(List.of(a1.get(), a2.get(), b.get())).containsOnly(0);
            } finally {
                pool.shutdownNow();
            }
        }

        Run same = compare("--baseline", dir.resolve("a1.csv").toString(), "--candidate",
                dir.resolve("a2.csv").toString(), "--out", dir.resolve("same").toString());
        assertThat(same.code).as(same.out + same.err).isEqualTo(ExitCodes.OK);
        assertThat(same.out).contains("latencyMs").contains(" to ").contains("result: no evidence of regression");

        Run slow = compare("--baseline", dir.resolve("a1.csv").toString(), "--candidate",
                dir.resolve("b.csv").toString(), "--out", dir.resolve("slow").toString());
        assertThat(slow.code).as(slow.out + slow.err).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(slow.out).containsPattern("result: REGRESSION: latencyMs p50 \\+\\d+\\.\\d% \\(95% interval "
                + "\\+\\d+\\.\\d% to \\+\\d+\\.\\d%\\)");
        assertThat(Files.readString(dir.resolve("slow/compare.md"))).contains("regression");
        assertThat(Files.readString(dir.resolve("slow/compare-junit.xml"))).contains("<failure");
        assertThat(Files.readString(dir.resolve("slow/compare.html"))).contains("data:image/png;base64,");

        // the syncs recorded themselves (same settings: the stub's port is not part of them); the slow run's
        // default baseline is a passing run of the same settings, i.e. one of the two normal ones
        List<RunRecord> runs = new RunHistory(history).last(r -> true, 10);
        assertThat(runs).hasSize(3).extracting(RunRecord::fingerprint).containsOnly(runs.get(0).fingerprint());
        assertThat(runs).allMatch(r -> r.figure("syncDurationMs").isPresent());
        RunRecord slowRun = runs.stream().max(java.util.Comparator.comparingDouble(
                r -> r.figure("latencyMs").orElseThrow().headline())).orElseThrow();
        Run byHistory = compare("--candidate", slowRun.runId(), "--history", history.toString(), "--out",
                dir.resolve("hist").toString());
        assertThat(byHistory.code).as(byHistory.out + byHistory.err).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(runs.stream().filter(r -> r != slowRun).map(RunRecord::runId))
                .anyMatch(id -> byHistory.out.contains("baseline:  " + id));
    }

    private static StubSettings settings(double latencyMs) {
        return StubSettings.builder().key(KEY).dataSize("tickets", 300).dataSize("customers", 300)
                .faults(latency(latencyMs)).build();
    }

    private int sync(AteraStub stub, String name) {
        CommandLine cl = AteraHarness.commandLine();
        ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(Map.of("ATERA_API_KEY", KEY));
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute("sync", "--base-url", stub.baseUrl(), "--entity", "tickets,customers", "--items-in-page",
                "10", "--workers", "2", "--concurrency", "1", "--no-progress", "--attempts-log", dir.resolve(name + ".csv").toString(),
                "--summary", dir.resolve(name + "-summary.json").toString(), "--history",
                dir.resolve("history.jsonl").toString());
    }

    record Run(int code, String out, String err) {
    }

    static Run compare(String... args) {
        CommandLine cl = AteraHarness.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "compare";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = cl.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    static FaultSettings latency(double ms) {
        return new FaultSettings(1, new FaultRule(0, 0, 0, 0, 0, 0, 0, Latency.fixed(ms)), Map.of());
    }

    /** A cold JVM is slow on its first requests: warm the HTTP path so run a1 is not slower for that alone. */
    private static void warmUp(AteraStub stub) {
        AteraClient warm = AteraClient.create(AteraClientConfig.builder().baseUrl(stub.baseUrl())
                .credentials(Credentials.apiKey(KEY)).withoutResilience().build());
        for (int i = 0; i < 20; i++) {
            warm.listAll(Endpoints.DEPARTMENTS);
        }
        stub.arrivals().reset();
        stub.resetLimiters();
    }
}
