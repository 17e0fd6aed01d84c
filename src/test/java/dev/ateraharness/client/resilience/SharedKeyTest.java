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
import org.junit.jupiter.api.Test;

/** Clients on the same key share one limiter; clients on different keys do not. */
class SharedKeyTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void twoClientsOnOneKeyTogetherStayWithinTheLimitAndOtherKeysAreIndependent() {
        VirtualTime time = new VirtualTime();
        RateLimiterRegistry limiters = new RateLimiterRegistry();
        RetryBudgetRegistry budgets = new RetryBudgetRegistry();
        FakeServer sameKey = new FakeServer(time, 0, n -> Reply.status(200));
        FakeServer otherKey = new FakeServer(time, 0, n -> Reply.status(200));
        Resilience base = Resilience.forKey("key-one").scheduler(time).registries(limiters, budgets)
                .limiter(RateLimiter.builder().limit(10).window(Duration.ofSeconds(60)).guard(Duration.ZERO));
        Transport a = base.clientId("a").build().wrap(sameKey);
        Transport b = base.clientId("b").build().wrap(sameKey);
        Transport c = Resilience.forKey("key-two").scheduler(time).registries(limiters, budgets)
                .limiter(RateLimiter.builder().limit(10).window(Duration.ofSeconds(60)).guard(Duration.ZERO))
                .build().wrap(otherKey);
        assertThat(base.sharedLimiter()).isSameAs(base.clientId("z").sharedLimiter());
        for (int i = 0; i < 10; i++) {
            a.send(FakeServer.get("/x"));
            b.send(FakeServer.get("/x"));
            c.send(FakeServer.get("/x"));
        }
        time.advanceNanos(SECOND);
        assertThat(sameKey.sendTimes).hasSize(10);
        assertThat(otherKey.sendTimes).hasSize(10);
        time.advance(Duration.ofSeconds(60));
        assertThat(sameKey.sendTimes).hasSize(20);
    }
}
