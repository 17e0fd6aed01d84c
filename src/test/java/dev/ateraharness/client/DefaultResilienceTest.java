package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.client.event.AttemptRecord;
import dev.ateraharness.client.event.AttemptOutcome;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.limit.RateLimiterTimeoutException;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The client's default resilience stack and its config options, in virtual time. */
class DefaultResilienceTest {

    static final long MS = 1_000_000L;
    static final String KEY = "default-resilience-key-0001";

    final VirtualTime time = new VirtualTime();
    final VirtualApi api = new VirtualApi(time, 20 * MS, 30);

    private AteraClientConfig.Builder config() {
        return AteraClientConfig.builder().credentials(Credentials.apiKey(KEY)).time(time).transport(api);
    }

    private <T> T run(CompletableFuture<T> f) {
        time.runUntilIdle(1_000_000);
        assertThat(f).isDone();
        return f.join();
    }

    private Throwable failure(CompletableFuture<?> f) {
        time.runUntilIdle(1_000_000);
        assertThat(f).isCompletedExceptionally();
        return f.handle((r, e) -> unwrap(e)).join();
    }

    private static Throwable unwrap(Throwable e) {
        return dev.ateraharness.client.internal.Pipeline.unwrap(e);
    }

    @Test
    void byDefaultTheClientHasAtera700Per60sLimiterAndRetriesA503() {
        List<AttemptRecord> attempts = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        api.script(r -> calls.incrementAndGet() <= 2 ? api.status(503, Map.of()) : null);
        AteraClient client = AteraClient.create(config().attemptListener(attempts::add).build());

        assertThat(client.rateLimiter()).map(RateLimiter::config).contains(RateLimiterConfig.defaults());
        Ticket t = run(client.tickets().getAsync(7));

        assertThat(t.ticketID()).isEqualTo(7L);
        assertThat(api.requests).hasSize(3);
        assertThat(attempts).extracting(AttemptRecord::outcome)
                .containsExactly(AttemptOutcome.RETRY, AttemptOutcome.RETRY, AttemptOutcome.OK);
        assertThat(attempts).allSatisfy(a -> assertThat(a.keyFingerprint())
                .isEqualTo(Credentials.apiKey(KEY).fingerprint()));
    }

    @Test
    void withoutResilienceSendsOnceAndMapsTheStatus() {
        api.script(r -> api.status(503, Map.of()));
        AteraClient client = AteraClient.create(config().withoutResilience().build());
        assertThat(client.rateLimiter()).isEmpty();
        assertThat(failure(client.tickets().getAsync(7))).isInstanceOf(ServerErrorException.class);
        assertThat(api.requests).hasSize(1);
    }

    @Test
    void userLayersSitInsideTheStackAndSeeEveryAttempt() {
        AtomicInteger seen = new AtomicInteger();
        TransportLayer counter = next -> r -> {
            seen.incrementAndGet();
            return next.send(r);
        };
        AtomicInteger calls = new AtomicInteger();
        api.script(r -> calls.incrementAndGet() <= 2 ? api.status(500, Map.of()) : null);
        AteraClient client = AteraClient.create(config().layer(counter).build());
        run(client.agents().getAsync(1));
        assertThat(seen).hasValue(3);
    }

    @Test
    void clientsGivenTheSameRegistriesShareOneLimiterAndConflictingLimitsFailFast() {
        ResilienceOptions shared = ResilienceOptions.defaults().privateRegistries()
                .rateLimiter(new RateLimiterConfig(10, Duration.ofSeconds(1), Duration.ZERO));
        AteraClient a = AteraClient.create(config().resilience(shared).build());
        AteraClient b = AteraClient.create(config().resilience(shared).clientId("b").build());
        assertThat(a.rateLimiter().orElseThrow()).isSameAs(b.rateLimiter().orElseThrow());

        assertThatThrownBy(() -> AteraClient.create(config().resilience(
                shared.rateLimiter(new RateLimiterConfig(20, Duration.ofSeconds(1), Duration.ZERO))).build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("privateRegistries")
                .hasMessageNotContaining(KEY);
        // a private registry gives its own limit on the same key
        AteraClient c = AteraClient.create(config().resilience(shared.privateRegistries()
                .rateLimiter(new RateLimiterConfig(20, Duration.ofSeconds(1), Duration.ZERO))).build());
        assertThat(c.rateLimiter().orElseThrow().config().limit()).isEqualTo(20);
    }

    @Test
    void clientsOnAVirtualClockNeverGetAJvmWideLimiter() {
        AteraClient a = AteraClient.create(config().build());
        AteraClient b = AteraClient.create(config().build());
        assertThat(a.rateLimiter().orElseThrow()).isNotSameAs(b.rateLimiter().orElseThrow())
                .isNotSameAs(RateLimiterRegistry.global().forFingerprint(Credentials.apiKey(KEY).fingerprint(),
                        RateLimiter.builder()));
    }

    @Test
    void aRetryAfterAboveTheMaximumIsARateLimitedExceptionWithTheDelay() {
        api.script(r -> api.status(429, Map.of("Retry-After", List.of("600"))));
        AteraClient client = AteraClient.create(config().build());
        Throwable e = failure(client.tickets().getAsync(3));
        assertThat(e).isInstanceOfSatisfying(RateLimitedException.class, r -> {
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.retryAfter()).contains(Duration.ofMinutes(10));
            assertThat(r.getMessage()).startsWith("GET /api/v3/tickets/3: 429");
        });
        assertThat(api.requests).hasSize(1);
    }

    @Test
    void aLong503RetryAfterIsAlsoRateLimitedKeepingItsStatus() {
        api.script(r -> api.status(503, Map.of("Retry-After", List.of("3600"))));
        Throwable e = failure(AteraClient.create(config().build()).agents().getAsync(3));
        assertThat(e).isInstanceOfSatisfying(RateLimitedException.class, r -> {
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.retryAfter()).contains(Duration.ofHours(1));
        });
    }

    @Test
    void retryAfterAsAnHttpDateIsReadAgainstTheDateHeader() {
        api.script(r -> api.status(429, Map.of("Retry-After", List.of("Wed, 21 Oct 2015 07:28:30 GMT"),
                "Date", List.of("Wed, 21 Oct 2015 07:28:00 GMT"))));
        Throwable e = failure(AteraClient.create(config().withoutResilience().build()).tickets().getAsync(1));
        assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void aLimiterTimeoutIsATransportFailureThatSaysNothingWasSent() {
        TransportLayer noPermit = next -> r -> CompletableFuture.failedFuture(
                new RateLimiterTimeoutException(Duration.ofSeconds(2)));
        Throwable e = failure(AteraClient.create(config().withoutResilience().layer(noPermit).build())
                .tickets().getAsync(1));
        assertThat(e).isInstanceOfSatisfying(AteraTransportException.class, t -> {
            assertThat(t.isTimeout()).isTrue();
            assertThat(t.getMessage()).contains("not sent").contains("rate limiter").contains("2000 ms");
        });
    }

    @Test
    void singleGetOperationNamesAreSingular() {
        AteraClient client = AteraClient.create(config().withoutResilience().build());
        run(CompletableFuture.allOf(client.tickets().getAsync(1), client.agents().getAsync(2),
                client.customers().getAsync(3), client.alerts().getAsync(4), client.productRates().getAsync(5),
                client.snmpDevices().getAsync(6)));
        assertThat(api.requests).extracting(r -> r.tag().operation()).containsExactlyInAnyOrder("getTicket",
                "getAgent", "getCustomer", "getAlert", "getProductRate", "getSnmpDevice");
    }

    @Test
    void configToStringDescribesTheStackWithoutTheKey() {
        String s = config().build().toString();
        assertThat(s).contains("resilience=limiter=700/PT1M+PT0.01S by completion").doesNotContain(KEY);
        assertThat(config().withoutResilience().build().toString()).contains("resilience=none");
    }

}
