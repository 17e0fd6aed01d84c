package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.AttemptLogFormat;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.stats.ComplianceCheck;
import dev.ateraharness.stats.CheckOutcome;
import dev.ateraharness.stats.PaginationCheck;
import dev.ateraharness.evidence.SyncSummaryFormat;
import dev.ateraharness.evidence.SyncSummaryRow;
import dev.ateraharness.stats.Verdict;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.StubSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sync --workers 3 --attempts-log} in-process against the real stub, judged by the stats checks. */
class SyncCommandAgainstStubAcceptanceTest {

    static final String KEY = "cli-stub-key-5e6f7a8b9c";

    @TempDir
    Path dir;

    @Test
    void parallelSyncStaysUnderTheLimitAndItsLogsAndSummaryReadBack() throws Exception {
        StubSettings settings = StubSettings.builder().key(KEY).limit(20).window(Duration.ofSeconds(2))
                .dataSize("tickets", 120).dataSize("customers", 70).dataSize("agents", 90)
                .dataSize("departments", 7).build();
        Path attempts = dir.resolve("attempts.jsonl");
        Path summary = dir.resolve("summary.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AteraStub stub = AteraStub.start(settings)) {
            warmUp(stub);
            CommandLine cl = AteraHarness.commandLine();
            ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(Map.of("ATERA_API_KEY", KEY));
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute("sync", "--base-url", stub.baseUrl(), "--entity",
                    "tickets,customers,agents,departments", "--items-in-page", "10", "--workers", "3",
                    "--limit", "20", "--window", "2s", "--guard", "750ms", "--attempts-log", attempts.toString(),
                    "--summary", summary.toString());

            assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
            assertThat(out.toString() + err).doesNotContain(KEY);
            assertThat(out.toString().lines()).hasSize(4).anyMatch(l -> l.startsWith("tickets: items=120 pages=12"))
                    .anyMatch(l -> l.startsWith("departments: items=7 pages=1"));
            assertThat(stub.arrivals().snapshot()).hasSize(12 + 7 + 9 + 1).noneMatch(a -> a.status() == 429);

            List<SyncSummaryRow> rows = SyncSummaryFormat.read(summary);
            assertThat(rows).extracting(SyncSummaryRow::entity)
                    .containsExactly("tickets", "customers", "agents", "departments");
            assertThat(rows).allMatch(r -> r.itemsSeen() == r.totalItemCount() && r.pages() == r.requests());
            List<Attempt> logged = AttemptLogFormat.read(attempts).attempts();
            assertThat(logged).hasSize(29).allMatch(a -> a.clientId().equals("sync")
                    && a.key().equals(ApiKeys.fingerprint(KEY)));
            assertThat(Files.readString(attempts)).doesNotContain(KEY);

            Path arrivals = dir.resolve("arrivals.csv");
            stub.arrivals().writeCsv(arrivals);
            Verdict v = ComplianceCheck.builder().limit(20).window(Duration.ofSeconds(2)).build()
                    .run(ArrivalLog.read(arrivals), Optional.of(logged), Optional.of(rows));
            assertThat(v.passed()).as(v.toString()).isTrue();
            assertThat(v.check(PaginationCheck.ID).orElseThrow().outcome()).isEqualTo(CheckOutcome.PASS);
        }
    }

    /** A cold JVM can take far longer than the guard from grant to arrival: warm the HTTP path first. */
    private static void warmUp(AteraStub stub) {
        AteraClient warm = AteraClient.create(AteraClientConfig.builder().baseUrl(stub.baseUrl())
                .credentials(Credentials.apiKey(KEY)).withoutResilience().build());
        for (int i = 0; i < 5; i++) {
            warm.listAll(Endpoints.DEPARTMENTS);
        }
        stub.arrivals().reset();
        stub.resetLimiters();
    }

    @Test
    void theSummaryWithItsExtraFieldsAndUnknownTotalsReadsBackAndUnknownIsNotAFailure() throws Exception {
        Path file = dir.resolve("s.json");
        SyncOutput.writeJson(file, List.of(
                new SyncSummary("tickets", 137, 137, 0, 3, 3, Duration.ofMillis(1234)),
                new SyncSummary("agents", 40, -1, 0, 1, 1, Duration.ofMillis(5))));
        assertThat(Files.readString(file)).contains("\"difference\"").contains("\"durationMs\" : 1234");
        List<SyncSummaryRow> rows = SyncSummaryFormat.read(file);
        assertThat(rows).containsExactly(
                new SyncSummaryRow("tickets", 137, 137, 3, 3, 1234, "SEQUENTIAL", -1, -1, 0, List.of()),
                new SyncSummaryRow("agents", 40, -1, 1, 1, 5, "SEQUENTIAL", -1, -1, 0, List.of()));
        var result = new PaginationCheck().run(new dev.ateraharness.stats.Evidence(
                dev.ateraharness.stats.ArrivalLog.of(List.of()), Optional.empty(), Optional.of(rows)),
                ComplianceCheck.builder().build().settings());
        assertThat(result.outcome()).isEqualTo(CheckOutcome.PASS);
        // a real mismatch still fails next to an unknown one
        rows = List.of(rows.get(1), new SyncSummaryRow("tickets", 136, 137, 3, 3));
        result = new PaginationCheck().run(new dev.ateraharness.stats.Evidence(
                dev.ateraharness.stats.ArrivalLog.of(List.of()), Optional.empty(), Optional.of(rows)),
                ComplianceCheck.builder().build().settings());
        assertThat(result.outcome()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void badLimiterFlagsAreUsageErrors() {
        for (String[] bad : List.of(new String[] {"--limit", "0"}, new String[] {"--window", "soon"},
                new String[] {"--workers", "0"}, new String[] {"--guard", "soon"})) {
            CommandLine cl = AteraHarness.commandLine();
            ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(Map.of("ATERA_API_KEY", KEY));
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(new StringWriter(), true));
            String[] args = new String[] {"sync", "--base-url", "http://127.0.0.1:9/api/v3", "--entity", "tickets",
                bad[0], bad[1]};
            assertThat(cl.execute(args)).as(String.join(" ", bad)).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString().strip().lines()).as(err.toString()).hasSize(1);
        }
    }
}
