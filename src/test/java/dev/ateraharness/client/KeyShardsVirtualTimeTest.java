package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.stub.AteraServerModel;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Sharding one entity's pages over keys in virtual time: each key's limiter paces its own share, so k keys of
 * separate limits finish in about 1/k of the time; items still come in page order, each once; the summary has a
 * line per key with the key redacted.
 */
class KeyShardsVirtualTimeTest {

    static final long MS = 1_000_000L;
    static final int N = 10;
    static final Duration W = Duration.ofSeconds(1);

    final VirtualTime time = new VirtualTime();
    final InMemoryAtera server = new InMemoryAtera(time, 100, b -> b.key("shard-key-0000-abc0")
            .key("shard-key-0001-abc1").key("shard-key-0002-abc2").key("shard-key-a-0001").dataSize("tickets", 1200)
            .limit(1_000_000), AteraServerModel.Items.IDS_ONLY);

    List<Long> sends(List<List<Long>> perKey, int k) {
        return perKey.get(k);
    }

    AteraClient client(String key, List<Long> sendTimes) {
        return AteraClient.create(AteraClientConfig.builder().credentials(Credentials.apiKey(key)).time(time)
                .transport(r -> {
                    sendTimes.add(time.nanos());
                    return server.send(r);
                }).itemsInPage(10).privateRegistries().rateLimiter(new RateLimiterConfig(N, W, Duration.ZERO))
                .pageConcurrency(PageConcurrency.auto()).build());
    }

    @Test
    void threeKeysShareThePagesEachUnderItsOwnLimit() {
        List<List<Long>> perKey = new ArrayList<>();
        List<AteraClient> clients = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            perKey.add(Collections.synchronizedList(new ArrayList<>()));
            clients.add(client("shard-key-000" + k + "-abc" + k, perKey.get(k)));
        }
        List<Long> seen = new ArrayList<>();
        CompletableFuture<SyncSummary> f = KeyShards.over(clients).syncAsync(Endpoints.TICKETS, Query.none(),
                p -> p.items().forEach(t -> seen.add(((Ticket) t).ticketID())), SyncListener.NONE);
        time.runUntilIdle(50_000_000);
        SyncSummary s = f.join();
        assertThat(seen).containsExactlyElementsOf(PageFanOutVirtualTimeTest.oneTo(1200));
        assertThat(s.requests()).isEqualTo(120);
        assertThat(s.keys()).hasSize(3).extracting(SyncSummary.KeyShare::key)
                .containsExactly("****abc0", "****abc1", "****abc2");
        assertThat(s.keys()).allSatisfy(k -> assertThat(k.requests()).isBetween(35L, 45L));
        assertThat(s.keys().stream().mapToLong(SyncSummary.KeyShare::requests).sum()).isEqualTo(120);
        for (int k = 0; k < 3; k++) {
            assertThat(ParallelUseVirtualTimeTest.maxInAnyWindow(perKey.get(k), W.toNanos())).isLessThanOrEqualTo(N);
        }
        // 120 requests at 10 per second over one key need 11 s of windows; over three, about 4 s
        assertThat(s.duration()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void keysMustReadTheSamePageSize() {
        AteraClient a = client("shard-key-a-0001", new ArrayList<>());
        AteraClient b = AteraClient.create(a.config().toBuilder().credentials(Credentials.apiKey("shard-key-b-0002"))
                .itemsInPage(20).build());
        assertThatThrownBy(() -> KeyShards.over(List.of(a, b))).isInstanceOf(IllegalArgumentException.class);
    }
}
