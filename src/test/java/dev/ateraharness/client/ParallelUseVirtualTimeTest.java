package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.model.Customer;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Parallel use of one client (getMany, forEach, several syncs, the list cache) in virtual time: every request
 * passes the one shared limiter, so no window of W ever holds more than N sends, however many run at once.
 */
class ParallelUseVirtualTimeTest {

    static final long MS = 1_000_000L;
    static final int N = 10;
    static final Duration W = Duration.ofSeconds(1);

    final VirtualTime time = new VirtualTime();
    final InMemoryAtera api = new InMemoryAtera(time, 30, b -> b.key("parallel-key-0001").dataSize("tickets", 120)
            .dataSize("agents", 95).dataSize("contacts", 95).dataSize("customers", 95));
    final AteraClient client = AteraClient.create(AteraClientConfig.builder()
            .credentials(Credentials.apiKey("parallel-key-0001")).time(time).transport(api)
            .itemsInPage(10).privateRegistries()
            .rateLimiter(new RateLimiterConfig(N, W, Duration.ZERO))
            .listCacheTtl(Duration.ofMinutes(1)).build());

    static int maxInAnyWindow(List<Long> times, long w) {
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(t);
        int best = 0;
        for (int i = 0, j = 0; i < t.length; i++) {
            while (t[i] - t[j] >= w) {
                j++;
            }
            best = Math.max(best, i - j + 1);
        }
        return best;
    }

    private void runAll() {
        time.runUntilIdle(10_000_000);
    }

    @Test
    void getManyKeepsOrderAndNeverExceedsTheLimit() {
        List<Integer> ids = IntStream.rangeClosed(1, 120).boxed().toList();
        CompletableFuture<List<Ticket>> f = client.tickets().getManyAsync(ids, 16);
        runAll();
        assertThat(f.join()).extracting(Ticket::ticketID)
                .containsExactlyElementsOf(ids.stream().map(Integer::longValue).toList());
        assertThat(api.sendTimes).hasSize(120);
        assertThat(maxInAnyWindow(api.sendTimes, W.toNanos())).isEqualTo(N);
        // the limit, not the concurrency, sets the pace: 120 sends need 12 windows
        assertThat(time.nanos() - api.sendTimes.stream().mapToLong(Long::longValue).min().orElseThrow())
                .isGreaterThanOrEqualTo(11 * W.toNanos());
    }

    @Test
    void syncsGetsAndCachedListsAtOnceShareTheOneLimiter() {
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (Endpoint<?> e : List.of(Endpoints.TICKETS, Endpoints.AGENTS, Endpoints.CONTACTS)) {
            all.add(client.syncAsync(e, Query.none()));
        }
        all.add(client.forEachAsync(IntStream.range(1, 40).boxed().toList(), 8,
                id -> client.agents().getAsync(id)));
        List<CompletableFuture<List<Customer>>> cached = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cached.add(client.customers().listAllCachedAsync(Query.none()));
        }
        all.addAll(cached);
        runAll();
        assertThat(all).allSatisfy(f -> assertThat(f).isCompleted());
        int listPages = 10; // 95 items in pages of 10 (tickets: 120 items, 12 pages)
        // 3 syncs + 39 gets + one shared read of customers for five callers
        assertThat(api.sendTimes).hasSize(12 + 2 * listPages + 39 + listPages);
        assertThat(cached).allSatisfy(f -> assertThat(f.join()).hasSize(95));
        assertThat(maxInAnyWindow(api.sendTimes, W.toNanos())).isLessThanOrEqualTo(N);
    }

    @Test
    void theListCacheServesForItsTtlThenReadsAgain() {
        CompletableFuture<List<Customer>> first = client.customers().listAllCachedAsync(Query.none());
        runAll();
        int afterFirst = api.requests.size();
        time.advance(Duration.ofSeconds(30));
        CompletableFuture<List<Customer>> second = client.customers().listAllCachedAsync(Query.none());
        runAll();
        assertThat(second.join()).isSameAs(first.join());
        assertThat(api.requests).hasSize(afterFirst);
        time.advance(Duration.ofSeconds(31));
        CompletableFuture<List<Customer>> third = client.customers().listAllCachedAsync(Query.none());
        runAll();
        assertThat(third.join()).hasSize(95);
        assertThat(api.requests).hasSize(2 * afterFirst);
        client.invalidateListCache();
        client.customers().listAllCachedAsync(Query.none());
        runAll();
        assertThat(api.requests).hasSize(3 * afterFirst);
    }
}
