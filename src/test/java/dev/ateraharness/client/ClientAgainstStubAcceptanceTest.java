package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.AttemptLogFormat;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.stats.ComplianceCheck;
import dev.ateraharness.stats.CheckOutcome;
import dev.ateraharness.stats.PaginationCheck;
import dev.ateraharness.stats.RetryAfterCheck;
import dev.ateraharness.evidence.SyncSummaryFormat;
import dev.ateraharness.stats.Verdict;
import dev.ateraharness.stats.WindowCheck;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real client, with its default resilience stack set to the stub's limit (20 per 2 s, sliding log), against
 * the real stub over HTTP on 127.0.0.1; the stub's arrival log and the client's attempt log are judged by the
 * stats checks. The server counts arrivals, the client grants: on a loaded shared machine a cold JVM has been seen
 * to take 0.9 s from grant to arrival, so the test warms the HTTP path first and uses a 750 ms guard (not the
 * default 250 ms) so that jitter cannot make the stub count one too many.
 */
class ClientAgainstStubAcceptanceTest {

    static final String KEY = "integ-acceptance-key-7f3a";
    static final int N = 20;
    static final Duration W = Duration.ofSeconds(2);
    static final Map<String, Integer> SIZES = Map.of("tickets", 180, "customers", 100, "agents", 140,
            "contacts", 100, "alerts", 75);

    @TempDir
    Path dir;

    private StubSettings.Builder stubSettings() {
        StubSettings.Builder b = StubSettings.builder().key(KEY).limit(N).window(W);
        SIZES.forEach(b::dataSize);
        return b;
    }

    private AteraClient client(AteraStub stub, AttemptLogWriter attempts) {
        return AteraClient.create(AteraClientConfig.builder()
                .baseUrl(stub.baseUrl()).credentials(Credentials.apiKey(KEY))
                .itemsInPage(10).requestTimeout(Duration.ofSeconds(20)).blockingTimeout(Duration.ofSeconds(60))
                .rateLimiter(new RateLimiterConfig(N, W, Duration.ofMillis(750)))
                .privateRegistries()
                .attemptListener(attempts)
                .build());
    }

    /** Loads and JIT-compiles the HTTP path with a throwaway client, then clears the stub's log and limiter. */
    static void warmUp(AteraStub stub) {
        AteraClient warm = AteraClient.create(AteraClientConfig.builder().baseUrl(stub.baseUrl())
                .credentials(Credentials.apiKey(KEY)).withoutResilience().build());
        CompletableFuture<List<Object>> f = warm.mapAsync(List.of(1, 2, 3, 4, 5), 3,
                i -> warm.listAllAsync(Endpoints.DEPARTMENTS, Query.none()).handle((l, e) -> (Object) i));
        assertThat(f).succeedsWithin(Duration.ofSeconds(30)); // injected faults may fail a warm-up call: ignored
        stub.arrivals().reset();
        stub.resetLimiters();
    }

    private static List<Endpoint<?>> entities() {
        return List.of(Endpoints.TICKETS, Endpoints.CUSTOMERS, Endpoints.AGENTS, Endpoints.CONTACTS,
                Endpoints.ALERTS);
    }

    /** Syncs every entity, {@code workers} at a time, and returns the summaries in entity order. */
    private static List<SyncSummary> syncAll(AteraClient client, int workers) {
        CompletableFuture<List<SyncSummary>> f = client.mapAsync(entities(), workers,
                e -> client.syncAsync(e, Query.none()));
        assertThat(f).succeedsWithin(Duration.ofSeconds(60));
        return f.join();
    }

    private Path summaryJson(List<SyncSummary> summaries) throws Exception {
        ArrayNode a = Json.MAPPER.createArrayNode();
        for (SyncSummary s : summaries) {
            a.addObject().put("entity", s.entity()).put("itemsSeen", s.itemsSeen())
                    .put("totalItemCount", s.totalItemCount()).put("pages", s.pages()).put("requests", s.requests());
        }
        Path p = dir.resolve("summary.json");
        Files.writeString(p, a.toString());
        return p;
    }

    private Verdict judge(AteraStub stub, Path attemptsCsv, List<SyncSummary> summaries) throws Exception {
        Path arrivals = dir.resolve("arrivals.csv");
        stub.arrivals().writeCsv(arrivals);
        return ComplianceCheck.builder().limit(N).window(W).label(Credentials.apiKey(KEY).fingerprint(), "client")
                .build().run(ArrivalLog.read(arrivals), Optional.of(AttemptLogFormat.read(attemptsCsv).attempts()),
                        Optional.of(SyncSummaryFormat.read(summaryJson(summaries))));
    }

    private static void assertComplete(List<SyncSummary> summaries) {
        assertThat(summaries).extracting(SyncSummary::entity)
                .containsExactly("tickets", "customers", "agents", "contacts", "alerts");
        for (SyncSummary s : summaries) {
            assertThat(s.itemsSeen()).as(s.entity()).isEqualTo(SIZES.get(s.entity()).longValue())
                    .isEqualTo(s.totalItemCount());
            assertThat(s.consistent()).isTrue();
        }
    }

    @Test
    void parallelSyncThroughTheDefaultStackNeverDrawsA429AndPassesTheWindowGate() throws Exception {
        Path attemptsCsv = dir.resolve("attempts.csv");
        List<SyncSummary> summaries;
        try (AteraStub stub = AteraStub.start(stubSettings().build());
             AttemptLogWriter attempts = AttemptLogWriter.open(attemptsCsv)) {
            warmUp(stub);
            summaries = syncAll(client(stub, attempts), 3);
            attempts.flush();

            assertComplete(summaries);
            int requests = summaries.stream().mapToInt(SyncSummary::requests).sum();
            assertThat(requests).isBetween(60, 100);
            List<dev.ateraharness.stub.ArrivalRecord> arrivals = stub.arrivals().snapshot();
            assertThat(arrivals).hasSize(requests);
            assertThat(arrivals).noneMatch(a -> a.status() == 429);
            List<Attempt> logged = AttemptLogFormat.read(attemptsCsv).attempts();
            assertThat(logged).hasSize(requests).allMatch(a -> a.status() == 200 && a.attempt() == 1);

            Verdict v = judge(stub, attemptsCsv, summaries);
            assertThat(v.check(WindowCheck.ID).orElseThrow().outcome()).isEqualTo(CheckOutcome.PASS);
            assertThat(v.check(WindowCheck.ID).orElseThrow().figure()).isLessThanOrEqualTo(N);
            assertThat(v.check(PaginationCheck.ID).orElseThrow().outcome()).isEqualTo(CheckOutcome.PASS);
            assertThat(v.passed()).as(v.toString()).isTrue();
        }
    }

    @Test
    void injected503sWithRetryAfterAnd500sLoseNothingAndRetryAfterIsHonoured() throws Exception {
        FaultSettings faults = new FaultSettings(7, new FaultRule(0.05, 0, 0.1, 1, 0, 0, 0, Latency.NONE), Map.of());
        Path attemptsCsv = dir.resolve("attempts.csv");
        try (AteraStub stub = AteraStub.start(stubSettings().faults(faults)
                .dataSize("tickets", 100).dataSize("agents", 60).dataSize("contacts", 40).build());
             AttemptLogWriter attempts = AttemptLogWriter.open(attemptsCsv)) {
            warmUp(stub);
            // one entity at a time: the server-side Retry-After check counts a request already in flight when the
            // 503 was sent as early, and parallel workers always have one in flight
            List<SyncSummary> summaries = syncAll(client(stub, attempts), 1);
            attempts.flush();

            for (SyncSummary s : summaries) {
                assertThat(s.itemsSeen()).as(s.entity()).isEqualTo(s.totalItemCount())
                        .isEqualTo(stub.settings().dataSizes().get(s.entity()).longValue());
            }
            List<dev.ateraharness.stub.ArrivalRecord> arrivals = stub.arrivals().snapshot();
            assertThat(arrivals).anyMatch(a -> a.status() == 503).anyMatch(a -> a.status() == 500)
                    .noneMatch(a -> a.status() == 429);
            List<Attempt> logged = AttemptLogFormat.read(attemptsCsv).attempts();
            assertThat(logged).hasSize(arrivals.size());
            assertThat(logged).anyMatch(a -> a.attempt() > 1);

            Verdict v = judge(stub, attemptsCsv, summaries);
            assertThat(v.check(RetryAfterCheck.ID).orElseThrow().outcome()).isEqualTo(CheckOutcome.PASS);
            assertThat(v.check(RetryAfterCheck.ID).orElseThrow().explanation()).doesNotStartWith("No request");
            assertThat(v.check(WindowCheck.ID).orElseThrow().outcome()).isEqualTo(CheckOutcome.PASS);
            assertThat(v.passed()).as(v.toString()).isTrue();
        }
    }

}
