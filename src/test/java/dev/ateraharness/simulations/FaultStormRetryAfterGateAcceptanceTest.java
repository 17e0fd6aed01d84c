package dev.ateraharness.simulations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.event.AttemptRecord;
import dev.ateraharness.client.event.RetryReason;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.simulations.support.ComplianceRun;
import dev.ateraharness.simulations.support.SharedClient;
import dev.ateraharness.simulations.support.SimulationSettings;
import dev.ateraharness.simulations.support.SimulationTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault storm judges Retry-After on the client side only (the server side cannot tell a concurrent worker's
 * in-flight request from a retry that ignored it). This proves that gate still catches a client that ignores
 * Retry-After: a deliberately impatient client (it resends a 429 at once and logs its attempts honestly) fails the
 * storm's verdict, while the shared client under the same 429s passes the retry-after check.
 */
class FaultStormRetryAfterGateAcceptanceTest {

    static final String LABEL = "client under test";
    static final SimulationSettings SETTINGS = SimulationSettings.from(Map.of("atera.limit", "5",
            "atera.window", "2s")::get);

    @AfterEach
    void clear() {
        System.clearProperty("atera.gatlingResults");
    }

    /** Resends a 429 immediately (up to 4 times), ignoring its Retry-After, and logs every attempt. */
    static final class Impatient implements TransportLayer {
        private final AttemptListener log;
        private final String fingerprint;

        Impatient(AttemptListener log, String key) {
            this.log = log;
            this.fingerprint = ApiKeys.fingerprint(key);
        }

        @Override
        public Transport wrap(Transport next) {
            return request -> attempt(next, request, 1, Instant.now());
        }

        private CompletableFuture<TransportResponse> attempt(Transport next,
                                                             dev.ateraharness.client.http.TransportRequest request,
                                                             int n, Instant intended) {
            Instant sent = Instant.now();
            return next.send(request).thenCompose(response -> {
                Instant received = Instant.now();
                boolean retry = response.status() == 429 && n < 5;
                Double retryAfter = response.header("Retry-After").map(Double::valueOf).orElse(null);
                log.onAttempt(new AttemptRecord("impatient", fingerprint, request.method(),
                        request.tag().pathTemplate(), n, intended, sent, 0, received, response.status(),
                        retry ? dev.ateraharness.client.event.AttemptOutcome.RETRY
                                : response.status() / 100 == 2 ? dev.ateraharness.client.event.AttemptOutcome.OK
                                : dev.ateraharness.client.event.AttemptOutcome.FAIL,
                        response.status() == 429 ? RetryReason.TOO_MANY_REQUESTS : null, retryAfter,
                        retry ? 0.0 : null, null));
                return retry ? attempt(next, request, n + 1, intended) : CompletableFuture.completedFuture(response);
            });
        }
    }

    /** Judges with the run's console captured: these runs fail on purpose, so only one labelled line shows. */
    private static OperationOutcome judgeQuietly(ComplianceRun run) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            return run.judge();
        } finally {
            System.setOut(original);
            original.println("[expected by the test] " + buf.toString(java.nio.charset.StandardCharsets.UTF_8)
                    .lines().findFirst().orElse(""));
        }
    }

    @Test
    void a_client_that_ignores_retry_after_fails_the_storm_verdict(@TempDir Path results) throws Exception {
        System.setProperty("atera.gatlingResults", results.toString());
        try (SimulationTarget target = SimulationTarget.start(SETTINGS, List.of(LABEL))) {
            ComplianceRun run = FaultStormSimulation.judgedAsStorm(
                    new ComplianceRun(SETTINGS, target, "ImpatientClient"));
            String key = target.key(LABEL);
            AteraClient impatient = AteraClient.create(AteraClientConfig.builder().baseUrl(target.baseUrl())
                    .credentials(Credentials.apiKey(key)).withoutResilience().layer(new Impatient(run.attempts(), key))
                    .build());
            for (int i = 0; i < 8; i++) {
                impatient.pageAsync(Endpoints.byName("departments").orElseThrow(), Query.none(), 1)
                        .exceptionally(e -> null).join();
            }
            OperationOutcome verdict = judgeQuietly(run);
            run.close();

            assertThat(verdict.ok()).isFalse();
            assertThat(verdict.message()).contains("retry-after");
            JsonNode retryAfter = check(run.lastFolder(), "retry-after");
            assertThat(retryAfter.get("details").get("client").get("violations").asInt()).isPositive();
            assertThat(retryAfter.get("details").get("server").get("retryAfterFollowed").asInt())
                    .as("the server side is left out in the storm").isZero();
        }
    }

    @Test
    void the_shared_client_under_the_same_429s_passes_the_retry_after_gate(@TempDir Path results) throws Exception {
        System.setProperty("atera.gatlingResults", results.toString());
        try (SimulationTarget target = SimulationTarget.start(SETTINGS, List.of(LABEL))) {
            ComplianceRun run = FaultStormSimulation.judgedAsStorm(
                    new ComplianceRun(SETTINGS, target, "SharedClientOver429s"));
            // believes in twice the stub's limit, so the stub answers 429 with Retry-After, which it must honour
            SharedClient client = run.track(SharedClient.open(LABEL, target.baseUrl(), target.key(LABEL), 10,
                    Duration.ofSeconds(2), run.attempts(), entity -> OptionalInt.empty()));
            for (int i = 0; i < 8; i++) {
                client.client().pageAsync(Endpoints.byName("departments").orElseThrow(), Query.none(), 1)
                        .exceptionally(e -> null).join();
            }
            judgeQuietly(run);
            run.close();

            JsonNode retryAfter = check(run.lastFolder(), "retry-after");
            assertThat(retryAfter.get("details").get("client").get("retryAfterFollowed").asInt())
                    .as("429s with Retry-After were met").isPositive();
            assertThat(retryAfter.get("verdict").asText()).isEqualTo("pass");
        }
    }

    private static JsonNode check(Path folder, String id) throws Exception {
        JsonNode verdict = new ObjectMapper().readTree(folder.resolve("compliance/verdict.json").toFile());
        for (JsonNode c : verdict.get("checks")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id);
    }
}
