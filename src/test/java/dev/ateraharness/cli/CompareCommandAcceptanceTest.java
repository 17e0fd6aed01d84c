package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.compare.RunHistory;
import dev.ateraharness.compare.RunRecord;
import dev.ateraharness.stub.AteraServerModel;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.InMemoryAteraTransport;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.VirtualTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The issue's "done when": {@code compare} on two attempt logs of one workload exits 0, and on a candidate whose
 * every response is twice as slow exits 1, both printing the interval.
 *
 * <p>The logs are produced in virtual time by the real client over the stub's model behind its in-memory door
 * (lognormal latency drawn from the model's seeded fault stream), so what is compared is the workload alone:
 * machine load cannot move a single number, and the outcome is the same on every run. The one real-HTTP part is
 * a smoke test whose assertions cannot depend on timing (a run compared with itself, and the history a real
 * {@code sync} writes).
 */
class CompareCommandAcceptanceTest {

    static final String KEY = "compare-stub-key-0a1b2c3d";

    @TempDir
    Path dir;

    @Test
    void sameWorkloadPassesAndTwiceAsSlowFailsWithTheIntervalPrinted() throws Exception {
        Path a = virtualSync("a", 1, 100);
        Path a2 = virtualSync("a2", 2, 100);
        Path b = virtualSync("b", 3, 200);

        Run same = compare("--baseline", a.toString(), "--candidate", a2.toString(), "--out",
                dir.resolve("same").toString());
        assertThat(same.code).as(same.out + same.err).isEqualTo(ExitCodes.OK);
        assertThat(same.out).contains("latencyMs").containsPattern("latencyMs\\s+p50 .* to ")
                .contains("result: no evidence of regression");

        Run slow = compare("--baseline", a.toString(), "--candidate", b.toString(), "--out",
                dir.resolve("slow").toString());
        assertThat(slow.code).as(slow.out + slow.err).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(slow.out).containsPattern("result: REGRESSION: latencyMs p50 \\+\\d+\\.\\d% \\(95% interval "
                + "\\+\\d+\\.\\d% to \\+\\d+\\.\\d%\\)");
        assertThat(Files.readString(dir.resolve("slow/compare.md"))).contains("regression");
        assertThat(Files.readString(dir.resolve("slow/compare-junit.xml"))).contains("<failure");
        assertThat(Files.readString(dir.resolve("slow/compare.html"))).contains("data:image/png;base64,");

        // a baseline of several runs (the spread between them counts): still 0 for the same workload, 1 for 2x
        Path a3 = virtualSync("a3", 4, 100);
        Run sameMulti = compare("--baseline", a.toString(), "--baseline", a2.toString(), "--baseline",
                a3.toString(), "--candidate", virtualSync("a4", 5, 100).toString(), "--out",
                dir.resolve("same3").toString());
        assertThat(sameMulti.code).as(sameMulti.out + sameMulti.err).isEqualTo(ExitCodes.OK);
        assertThat(sameMulti.out).contains("3 runs");
        Run slowMulti = compare("--baseline", a.toString(), "--baseline", a2.toString(), "--baseline",
                a3.toString(), "--candidate", b.toString(), "--out", dir.resolve("slow3").toString());
        assertThat(slowMulti.code).as(slowMulti.out + slowMulti.err).isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void realSyncOverHttpRecordsItselfAndComparesWithoutTiming() throws Exception {
        Path history = dir.resolve("history.jsonl");
        try (AteraStub stub = AteraStub.start(StubSettings.builder().key(KEY).dataSize("tickets", 30)
                .dataSize("customers", 30).build())) {
            assertThat(sync(stub, "h1")).isZero();
            assertThat(sync(stub, "h2")).isZero();
        }
        List<RunRecord> runs = new RunHistory(history).last(r -> true, 10);
        assertThat(runs).hasSize(2).extracting(RunRecord::fingerprint).containsOnly(runs.get(0).fingerprint());
        assertThat(runs).allMatch(r -> r.figure("syncDurationMs").isPresent());

        // a log compared with itself: every ratio is exactly 1, whatever the machine's load did to the run
        Path log = dir.resolve("h1.csv");
        Run self = compare("--baseline", log.toString(), "--candidate", log.toString(), "--out",
                dir.resolve("self").toString());
        assertThat(self.code).as(self.out + self.err).isEqualTo(ExitCodes.OK);
        assertThat(self.out).contains("+0.0%");
        // the default baseline is picked from the history: a passing run with the same settings, not the candidate
        Run byHistory = compare("--candidate", runs.get(1).runId(), "--history", history.toString(), "--out",
                dir.resolve("hist").toString());
        assertThat(byHistory.code).as(byHistory.out + byHistory.err).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        assertThat(byHistory.out).contains("baseline:  " + runs.get(0).runId());
    }

    /** One sync of tickets and customers in virtual time, its attempt log written as {@code sync} writes it. */
    private Path virtualSync(String name, long seed, double medianMs) throws Exception {
        VirtualTime time = new VirtualTime();
        StubSettings settings = StubSettings.builder().clock(time.clock()).key(KEY).dataSize("tickets", 400)
                .dataSize("customers", 400).faults(new FaultSettings(seed, new FaultRule(0, 0, 0, 0, 0, 0, 0,
                        Latency.lognormal(medianMs, 0.25)), Map.of())).build();
        AteraServerModel model = AteraServerModel.create(settings, AteraServerModel.Items.GENERATED);
        model.baseUrl("https://app.atera.com/api/v3");
        Path log = dir.resolve(name + ".csv");
        try (AttemptLogWriter writer = AttemptLogWriter.open(log)) {
            AteraClient client = AteraClient.create(AteraClientConfig.builder().credentials(Credentials.apiKey(KEY))
                    .time(time).transport(InMemoryAteraTransport.of(model, time)).itemsInPage(10)
                    .privateRegistries().attemptListener(writer).build());
            CompletableFuture<SyncSummary> t = client.syncAsync(Endpoints.TICKETS, Query.none());
            CompletableFuture<SyncSummary> c = client.syncAsync(Endpoints.CUSTOMERS, Query.none());
            time.runUntilIdle(10_000_000);
            assertThat(t.join().itemsSeen()).isEqualTo(400);
            assertThat(c.join().itemsSeen()).isEqualTo(400);
        }
        return log;
    }

    private int sync(AteraStub stub, String name) {
        CommandLine cl = AteraHarness.commandLine();
        ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(Map.of("ATERA_API_KEY", KEY));
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute("sync", "--base-url", stub.baseUrl(), "--entity", "tickets,customers", "--items-in-page",
                "10", "--workers", "2", "--no-progress", "--attempts-log", dir.resolve(name + ".csv").toString(),
                "--summary", dir.resolve(name + "-summary.json").toString(), "--history", dir.resolve("history.jsonl").toString());
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
}
