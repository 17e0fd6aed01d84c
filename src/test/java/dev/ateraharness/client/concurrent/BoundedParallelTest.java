package dev.ateraharness.client.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BoundedParallelTest {

    private final VirtualTime time = new VirtualTime();

    @Test
    void neverMoreThanTheBoundInFlightAndResultsInOrder() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<Integer> ids = IntStream.range(0, 100).boxed().toList();
        CompletableFuture<List<String>> all = BoundedParallel.map(ids, 7, id -> {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            long latency = (long) ((id * 37 % 11) + 1) * 1_000_000L; // varied, so completions reorder
            return time.delay(latency).thenApply(v -> {
                inFlight.decrementAndGet();
                return "ticket-" + id;
            });
        });
        time.runUntilIdle(10_000);
        assertThat(all.join()).containsExactlyElementsOf(ids.stream().map(i -> "ticket-" + i).toList());
        assertThat(peak).hasValue(7);
    }

    @Test
    void synchronousCompletionsDoNotGrowTheStack() {
        List<Integer> many = IntStream.range(0, 200_000).boxed().toList();
        assertThat(BoundedParallel.map(many, 4, CompletableFuture::completedFuture).join()).hasSize(200_000);
    }

    @Test
    void theFirstFailureStopsFurtherCalls() {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<List<Integer>> f = BoundedParallel.map(IntStream.range(0, 50).boxed().toList(), 2, i -> {
            calls.incrementAndGet();
            return i == 3 ? CompletableFuture.failedFuture(new IllegalStateException("boom"))
                    : time.delay(1_000_000L).thenApply(v -> i);
        });
        time.runUntilIdle(10_000);
        assertThat(f).isCompletedExceptionally();
        assertThat(calls.get()).isLessThan(10);
    }
}
