package dev.ateraharness.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.resilience.FakeServer.Reply;
import dev.ateraharness.client.internal.resilience.Resilience;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Server rate fields slow every client on the key, and Retry-After wins over them. */
class ServerPacingTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    private final VirtualTime time = new VirtualTime();
    private final RateLimiterRegistry limiters = new RateLimiterRegistry();
    private final RetryBudgetRegistry budgets = new RetryBudgetRegistry();

    private Transport client(FakeServer server) {
        return Resilience.forFingerprint("shared").scheduler(time).registries(limiters, budgets)
                .limiter(RateLimiter.builder().guard(Duration.ZERO)).build().wrap(server);
    }

    @Test
    void remainingZeroOnOneClientHoldsTheOtherClientOnTheSameKeyUntilReset() {
        FakeServer server = new FakeServer(time, 50 * MS, n -> n == 0
                ? Reply.status(200, Map.of("RateLimit-Policy", List.of("\"default\";q=700;w=60"),
                        "RateLimit", List.of("\"default\";r=0;t=12")))
                : Reply.status(200));
        Transport a = client(server);
        Transport b = client(server);
        a.send(FakeServer.get("/tickets"));
        time.advance(Duration.ofSeconds(1));
        b.send(FakeServer.get("/agents"));
        b.send(FakeServer.get("/agents"));
        time.runUntilIdle(1_000);
        long received = server.responses.get(0).receivedNanos();
        assertThat(server.sendTimes).hasSize(3);
        assertThat(server.sendTimes.subList(1, 3)).allMatch(t -> t >= received + 12 * SECOND);
    }

    @Test
    void retryAfterWinsOverRateFields() {
        FakeServer server = new FakeServer(time, 10 * MS, n -> n == 0
                ? Reply.status(429, Map.of("Retry-After", List.of("20"), "X-RateLimit-Remaining", List.of("0"),
                        "X-RateLimit-Reset", List.of("2")))
                : Reply.status(200));
        client(server).send(FakeServer.get("/tickets"));
        time.runUntilIdle(1_000);
        long received = server.responses.get(0).receivedNanos();
        assertThat(server.sendTimes.get(1)).isGreaterThanOrEqualTo(received + 20 * SECOND);
    }

    @Test
    void malformedRateFieldsChangeNothing() {
        FakeServer server = new FakeServer(time, 10 * MS, n -> Reply.status(200,
                Map.of("X-RateLimit-Remaining", List.of("soon"), "X-RateLimit-Reset", List.of("-3"))));
        Transport t = client(server);
        for (int i = 0; i < 5; i++) {
            t.send(FakeServer.get("/x"));
            time.advance(Duration.ofMillis(100));
        }
        time.runUntilIdle(1_000);
        assertThat(server.sendTimes).hasSize(5);
        assertThat(server.sendTimes.get(4) - server.sendTimes.get(0)).isEqualTo(400 * MS);
    }
}
