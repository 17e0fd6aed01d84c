package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.time.VirtualTime;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The per-key limit over HTTP (N=5 per 60 s): request 6 gets 429 with Retry-After. The stub runs on a
 * {@link VirtualTime} clock, so time moves only when a test advances it: no sleeping, no dependence on how fast a
 * loaded machine answers, and fixed windows need no alignment to the wall clock.
 */
class StubLimitAcceptanceTest {

    private final VirtualTime time = new VirtualTime();

    private StubSettings settings(Algorithm a) {
        return StubHttp.tiny(StubSettings.builder()).clock(time).limit(5).window(Duration.ofSeconds(60)).algorithm(a)
                .key("key-a").key("key-b").dataSize("tickets", 30).build();
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void theSixthRequestInTheWindowIs429WithRetryAfter(Algorithm algorithm) {
        try (AteraStub stub = AteraStub.start(settings(algorithm))) {
            warmUp(stub);
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
    void aSlotFreesAfterRetryAfter() {
        try (AteraStub stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).clock(time).limit(2)
                .window(Duration.ofMillis(1500)).key("key-a").dataSize("tickets", 3).build())) {
            StubHttp.get(stub, "/tickets", "key-a");
            time.advance(Duration.ofMillis(300));
            StubHttp.get(stub, "/tickets", "key-a");
            HttpResponse<String> r = StubHttp.get(stub, "/tickets", "key-a");
            assertThat(r.statusCode()).isEqualTo(429);
            long retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isEqualTo(2); // the first slot frees 1.2 s from now: rounded up
            time.advance(Duration.ofMillis(1150));
            assertThat(StubHttp.get(stub, "/tickets", "key-a").statusCode()).as("before the slot frees")
                    .isEqualTo(429);
            time.advance(Duration.ofSeconds(retryAfter));
            assertThat(StubHttp.get(stub, "/tickets", "key-a").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void rejectedRequestsCountWhenConfigured() {
        // 2 admitted at 0, 2 rejected at 2 s, probe at 6.2 s
        try (AteraStub stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).clock(time).limit(2)
                .window(Duration.ofSeconds(6)).rejectedCount(true).key("key-a").key("key-b").dataSize("tickets", 3)
                .build())) {
            warmUp(stub);
            StubHttp.get(stub, "/tickets", "key-a");
            StubHttp.get(stub, "/tickets", "key-a");
            time.advance(Duration.ofSeconds(2));
            assertThat(StubHttp.get(stub, "/tickets", "key-a").statusCode()).isEqualTo(429);
            assertThat(StubHttp.get(stub, "/tickets", "key-a").statusCode())
                    .as(() -> "arrivals: " + stub.arrivals().snapshot()).isEqualTo(429);
            time.advance(Duration.ofMillis(4200));
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
}
