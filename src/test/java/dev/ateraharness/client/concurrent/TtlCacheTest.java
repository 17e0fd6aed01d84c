package dev.ateraharness.client.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

    private final VirtualTime time = new VirtualTime();
    private final TtlCache<String, Integer> cache = new TtlCache<>(Duration.ofMinutes(5), time);
    private final AtomicInteger loads = new AtomicInteger();

    private CompletableFuture<Integer> slowLoad(String key) {
        int n = loads.incrementAndGet();
        return time.delay(1_000_000_000L).thenApply(v -> n);
    }

    @Test
    void concurrentGetsShareOneLoad() {
        CompletableFuture<Integer> a = cache.get("customers", this::slowLoad);
        CompletableFuture<Integer> b = cache.get("customers", this::slowLoad);
        time.advance(Duration.ofSeconds(1));
        assertThat(a.join()).isEqualTo(1);
        assertThat(b.join()).isEqualTo(1);
        assertThat(loads).hasValue(1);
    }

    @Test
    void servesTheValueForTheTtlThenLoadsAgain() {
        cache.get("agents", this::slowLoad);
        time.advance(Duration.ofSeconds(1));
        time.advance(Duration.ofMinutes(5).minusNanos(1));
        assertThat(cache.get("agents", this::slowLoad).join()).isEqualTo(1);
        time.advanceNanos(1);
        CompletableFuture<Integer> reloaded = cache.get("agents", this::slowLoad);
        time.advance(Duration.ofSeconds(1));
        assertThat(reloaded.join()).isEqualTo(2);
    }

    @Test
    void aFailedLoadIsNotCached() {
        CompletableFuture<Integer> failed = cache.get("k", k -> CompletableFuture.failedFuture(new RuntimeException("x")));
        assertThat(failed).isCompletedExceptionally();
        CompletableFuture<Integer> ok = cache.get("k", this::slowLoad);
        time.advance(Duration.ofSeconds(1));
        assertThat(ok.join()).isEqualTo(1);
    }

    @Test
    void aCallerCancellingItsFutureDoesNotCancelTheSharedLoad() {
        CompletableFuture<Integer> a = cache.get("k", this::slowLoad);
        CompletableFuture<Integer> b = cache.get("k", this::slowLoad);
        a.cancel(true);
        time.advance(Duration.ofSeconds(1));
        assertThat(b.join()).isEqualTo(1);
    }
}
