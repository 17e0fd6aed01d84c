package dev.ateraharness.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.event.AttemptRecord;
import dev.ateraharness.client.event.AttemptOutcome;
import dev.ateraharness.client.event.RetryReason;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.resilience.FakeServer.Reply;
import dev.ateraharness.client.internal.resilience.Resilience;
import dev.ateraharness.client.retry.RetryAfterTooLongException;
import dev.ateraharness.client.retry.RetryBudgetConfig;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.time.VirtualTime;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RetryLayerTest {

    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private final VirtualTime time = new VirtualTime();
    private final List<AttemptRecord> records = Collections.synchronizedList(new ArrayList<>());

    private Resilience stack() {
        return Resilience.forFingerprint("abc123abc123").scheduler(time).listener(records::add)
                .registries(new RateLimiterRegistry(), new RetryBudgetRegistry())
                .limiter(RateLimiter.builder().limit(700).guard(Duration.ZERO));
    }

    private Throwable failure(CompletableFuture<?> f) {
        return f.handle((v, e) -> e).join();
    }

    @Test
    void givesUpAfterMaxAttemptsReturningTheLastResponse() {
        FakeServer server = new FakeServer(time, 10 * MS, n -> Reply.status(500));
        Transport t = stack().build().wrap(server);
        CompletableFuture<TransportResponse> f = t.send(FakeServer.get("/tickets"));
        time.runUntilIdle(10_000);
        assertThat(f.join().status()).isEqualTo(500);
        assertThat(server.sendTimes).hasSize(5);
        assertThat(records).extracting(AttemptRecord::outcome)
                .containsExactly(AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.FAIL);
        assertThat(records).extracting(AttemptRecord::attempt).containsExactly(1, 2, 3, 4, 5);
        assertThat(records).allSatisfy(r -> assertThat(r.retryReason()).isEqualTo(RetryReason.SERVER_ERROR));
    }

    @Test
    void backoffDelaysAreFullJitterUnderADoublingCeiling() {
        FakeServer server = new FakeServer(time, 0, n -> n < 4 ? Reply.status(502) : Reply.status(200));
        Transport t = stack().retry(RetryPolicy.builder().backoff(Duration.ofMillis(100), Duration.ofMillis(500)))
                .build().wrap(server);
        CompletableFuture<TransportResponse> f = t.send(FakeServer.get("/tickets"));
        time.runUntilIdle(10_000);
        assertThat(f.join().status()).isEqualTo(200);
        assertThat(records).extracting(AttemptRecord::backoffCeilingMillis)
                .containsExactly(100.0, 200.0, 400.0, 500.0, null);
        for (int i = 0; i < 4; i++) {
            AttemptRecord r = records.get(i);
            assertThat(r.delayMillis()).isBetween(0.0, r.backoffCeilingMillis());
            long gap = server.sendTimes.get(i + 1) - server.sendTimes.get(i);
            assertThat(gap).isEqualTo(Math.round(r.delayMillis() * MS));
        }
        assertThat(records.get(4).outcome()).isEqualTo(AttemptOutcome.OK);
    }

    @Test
    void ioErrorsAreRetriedAndTheLastOneIsWhatTheCallerSees() {
        FakeServer server = new FakeServer(time, MS, n -> Reply.fail(new ConnectException("refused #" + n)));
        CompletableFuture<TransportResponse> f = stack().build().wrap(server).send(FakeServer.get("/agents"));
        time.runUntilIdle(10_000);
        assertThat(failure(f)).isInstanceOf(ConnectException.class).hasMessage("refused #4");
        assertThat(records).extracting(AttemptRecord::status).containsOnly(0);
        assertThat(records).extracting(AttemptRecord::retryReason).containsOnly(RetryReason.IO);
    }

    @Test
    void postIsNotRetriedWithoutOptIn() {
        FakeServer server = new FakeServer(time, MS, n -> Reply.status(503));
        Transport t = stack().build().wrap(server);
        CompletableFuture<TransportResponse> f = t.send(FakeServer.request("POST", "/tickets", false,
                Duration.ofSeconds(30)));
        time.runUntilIdle(10_000);
        assertThat(f.join().status()).isEqualTo(503);
        assertThat(server.sendTimes).hasSize(1);
        assertThat(records.get(0).outcome()).isEqualTo(AttemptOutcome.FAIL);
    }

    @Test
    void postIsRetriedWhenTheCallOptsIn() {
        FakeServer server = new FakeServer(time, MS, n -> n == 0 ? Reply.status(503) : Reply.status(201));
        CompletableFuture<TransportResponse> f = stack().build().wrap(server)
                .send(FakeServer.request("POST", "/tickets", true, Duration.ofSeconds(30)));
        time.runUntilIdle(10_000);
        assertThat(f.join().status()).isEqualTo(201);
        assertThat(server.sendTimes).hasSize(2);
    }

    @Test
    void notRetryableStatusesPassStraightThrough() {
        FakeServer server = new FakeServer(time, MS, n -> Reply.status(404));
        CompletableFuture<TransportResponse> f = stack().build().wrap(server).send(FakeServer.get("/x"));
        time.runUntilIdle(100);
        assertThat(f.join().status()).isEqualTo(404);
        assertThat(server.sendTimes).hasSize(1);
    }

    @Test
    void aTransportThatNeverAnswersIsBoundedByThePerAttemptTimeout() {
        FakeServer server = new FakeServer(time, MS, n -> null);
        Transport t = stack().retry(RetryPolicy.builder().maxAttempts(2)).build().wrap(server);
        long start = time.nanos();
        CompletableFuture<TransportResponse> f = t.send(FakeServer.request("GET", "/x", false,
                Duration.ofSeconds(3)));
        time.advance(Duration.ofSeconds(3));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).retryReason()).isEqualTo(RetryReason.TIMEOUT);
        time.runUntilIdle(100);
        assertThat(failure(f)).isInstanceOf(HttpTimeoutException.class);
        assertThat(server.sendTimes).hasSize(2);
        assertThat(time.nanos() - start).isLessThan(3 * SECOND + 500 * MS + 3 * SECOND + 1);
        assertThat(time.pending()).isZero();
    }

    @Test
    void theBudgetStopsARetryStorm() {
        int requests = 2_000;
        FakeServer server = new FakeServer(time, 5 * MS, n -> Reply.status(500));
        Transport t = stack().budget(new RetryBudgetConfig(Duration.ofSeconds(10), 10, 0.2))
                .limiter(RateLimiter.builder().limit(1_000_000).guard(Duration.ZERO)).build().wrap(server);
        List<CompletableFuture<TransportResponse>> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            all.add(t.send(FakeServer.get("/tickets")));
        }
        time.runUntilIdle(1_000_000);
        assertThat(all).allSatisfy(f -> assertThat(f.join().status()).isEqualTo(500));
        // without a budget: 5 attempts each = 10,000 sends; with it: 20% plus a floor of 10/s * 10 s
        assertThat(server.sendTimes.size()).isLessThanOrEqualTo((int) (requests * 1.2) + 100);
        assertThat(server.sendTimes.size()).isGreaterThan(requests);
    }

    @Test
    void retriesPassThroughTheLimiter() {
        FakeServer server = new FakeServer(time, MS, n -> n == 0 ? Reply.status(500) : Reply.status(200));
        Transport t = stack().limiter(RateLimiter.builder().limit(1).window(Duration.ofSeconds(10))
                .guard(Duration.ZERO)).build().wrap(server);
        CompletableFuture<TransportResponse> f = t.send(FakeServer.get("/x"));
        time.runUntilIdle(100);
        assertThat(f.join().status()).isEqualTo(200);
        assertThat(server.sendTimes.get(1) - server.sendTimes.get(0)).isGreaterThanOrEqualTo(10 * SECOND);
        assertThat(records.get(1).limiterWaitMillis()).isGreaterThan(9_000.0);
    }

    @Test
    void aRetryAfterAboveTheMaximumFailsFastCarryingTheDelayAndResponse() {
        FakeServer server = new FakeServer(time, MS, n -> Reply.status(429, Map.of("Retry-After", List.of("301"))));
        CompletableFuture<TransportResponse> f = stack().build().wrap(server).send(FakeServer.get("/x"));
        time.runUntilIdle(100);
        assertThat(failure(f)).isInstanceOfSatisfying(RetryAfterTooLongException.class, e -> {
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(301));
            assertThat(e.response().status()).isEqualTo(429);
        });
        assertThat(server.sendTimes).hasSize(1);
        assertThat(records.get(0).outcome()).isEqualTo(AttemptOutcome.FAIL);
        assertThat(records.get(0).retryAfterSeconds()).isEqualTo(301.0);
    }

    @Test
    void zeroRemainingWithoutRetryAfterWaitsForTheAnnouncedReset() {
        FakeServer server = new FakeServer(time, 40 * MS, n -> n == 0
                ? Reply.status(429, Map.of("X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Reset", List.of("7"),
                        "X-RateLimit-Limit", List.of("700")))
                : Reply.status(200));
        CompletableFuture<TransportResponse> f = stack().build().wrap(server).send(FakeServer.get("/x"));
        time.runUntilIdle(100);
        assertThat(f.join().status()).isEqualTo(200);
        long received = server.responses.get(0).receivedNanos();
        assertThat(server.sendTimes.get(1)).isGreaterThanOrEqualTo(received + 7 * SECOND);
        assertThat(records.get(0).backoffCeilingMillis()).isNull();
    }
}
