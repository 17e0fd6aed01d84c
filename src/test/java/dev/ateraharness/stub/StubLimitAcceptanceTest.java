package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.secret.ApiKeys;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The per-key limit over HTTP in a compressed window (N=5 per 3 s): request 6 gets 429 with Retry-After. */
class StubLimitAcceptanceTest {

    private static StubSettings settings(Algorithm a) {
        // the token bucket refills one token per W/N: a 30 s window keeps refills out of a slow test run
        Duration w = a == Algorithm.TOKEN_BUCKET ? Duration.ofSeconds(30) : Duration.ofSeconds(3);
        return StubHttp.tiny(StubSettings.builder()).limit(5).window(w).algorithm(a)
                .key("key-a").key("key-b").dataSize("tickets", 30).build();
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void theSixthRequestInTheWindowIs429WithRetryAfter(Algorithm algorithm) {
        try (AteraStub stub = AteraStub.start(settings(algorithm))) {
            warmUp(stub);
            // fixed windows are aligned to the clock: start right after a boundary so 6 requests fit in one
            if (algorithm == Algorithm.FIXED_WINDOW) {
                waitForWindowStart(3_000);
            }
            for (int i = 1; i <= 5; i++) {
                assertThat(StubHttp.get(stub, "/tickets?itemsInPage=1", "key-a").statusCode()).as("request " + i).isEqualTo(200);
            }
            HttpResponse<String> sixth = StubHttp.get(stub, "/tickets?itemsInPage=1", "key-a");
            assertThat(sixth.statusCode()).isEqualTo(429);
            long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, stub.settings().window().toSeconds());
            assertThat(sixth.body()).as("spec default: empty 429 body").isEmpty();

            List<ArrivalRecord> log = stub.arrivals().snapshot();
            assertThat(log).hasSize(6);
            assertThat(log.get(5).status()).isEqualTo(429);
            assertThat(log.get(5).retryAfterSeconds()).isEqualTo((int) retryAfter);
            assertThat(log.get(5).key()).isEqualTo(ApiKeys.fingerprint("key-a"));
            assertThat(log.get(0).hasRetryAfter()).isFalse();
        }
    }

    @Test
    void oneKeysTrafficNeverLimitsAnother() {
        try (AteraStub stub = AteraStub.start(settings(Algorithm.SLIDING_LOG))) {
            for (int i = 0; i < 8; i++) {
                StubHttp.get(stub, "/tickets?itemsInPage=1", "key-a");
            }
            for (int i = 0; i < 5; i++) {
                assertThat(StubHttp.get(stub, "/tickets?itemsInPage=1", "key-b").statusCode()).isEqualTo(200);
            }
            assertThat(StubHttp.get(stub, "/tickets?itemsInPage=1", "key-b").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void aSlotFreesAfterRetryAfter() throws InterruptedException {
        try (AteraStub stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).limit(2).window(Duration.ofMillis(1500))
                .key("key-a").dataSize("tickets", 3).build())) {
            StubHttp.get(stub, "/tickets", "key-a");
            StubHttp.get(stub, "/tickets", "key-a");
            HttpResponse<String> r = StubHttp.get(stub, "/tickets", "key-a");
            assertThat(r.statusCode()).isEqualTo(429);
            Thread.sleep(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 50);
            assertThat(StubHttp.get(stub, "/tickets", "key-a").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void rejectedRequestsCountWhenConfigured() throws InterruptedException {
        // generous margins (2 s) for a loaded machine: 2 admitted at 0, 2 rejected at ~2 s, probe at ~6.2 s
        try (AteraStub stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).limit(2).window(Duration.ofSeconds(6))
                .rejectedCount(true).key("key-a").key("key-b").dataSize("tickets", 3).build())) {
            warmUp(stub);
            StubHttp.get(stub, "/tickets", "key-a");
            StubHttp.get(stub, "/tickets", "key-a");
            Thread.sleep(2000);
            assertThat(StubHttp.get(stub, "/tickets", "key-a").statusCode()).isEqualTo(429);
            assertThat(StubHttp.get(stub, "/tickets", "key-a").statusCode())
                    .as(() -> "arrivals: " + stub.arrivals().snapshot()).isEqualTo(429);
            Thread.sleep(4200);
            // the first two left the window, but the two rejected ones (2 s later) have not
            assertThat(StubHttp.get(stub, "/tickets", "key-a").statusCode())
                    .as(() -> "arrivals: " + stub.arrivals().snapshot()).isEqualTo(429);
        }
    }

    /** First requests are slow (JIT, data generation): make them on another key, then forget them. */
    private static void warmUp(AteraStub stub) {
        for (int i = 0; i < 3; i++) {
            StubHttp.get(stub, "/tickets?itemsInPage=1", "key-b");
        }
        stub.resetLimiters();
        stub.arrivals().reset();
    }

    private static void waitForWindowStart(long windowMs) {
        long now = System.currentTimeMillis();
        long into = now % windowMs;
        if (into > 200) {
            try {
                Thread.sleep(windowMs - into + 20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
