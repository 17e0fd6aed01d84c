package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.stub.AteraServerModel;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.time.VirtualTime;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@code concurrency = auto} in virtual time, compressed to 70 per 6 s: it keeps the limiter saturated (the sync
 * ends within the floor plus what completion accounting adds per window), with few requests in flight, adapting
 * when latency changes; a sequential sync of the same data is latency-bound.
 */
class AutoConcurrencyVirtualTimeTest {

    static final long MS = 1_000_000L;
    static final int N = 70;
    static final Duration W = Duration.ofSeconds(6);
    static final Duration GUARD = Duration.ofMillis(10);
    static final int PAGES = 700;
    /** Below N, so that the cap, not N, bounds the bursts. */
    static final int CAP = 16;

    final VirtualTime time = new VirtualTime();

    static final String KEY = "auto-key-0001";

    /** The stub's model with PAGES pages of 50 tickets and a fixed latency. */
    InMemoryAtera model(double latencyMs) {
        return new InMemoryAtera(time, latencyMs, b -> b.key(KEY).dataSize("tickets", PAGES * 50).limit(1_000_000),
                AteraServerModel.Items.IDS_ONLY);
    }

    SyncSummary sync(Transport server, PageConcurrency c) {
        AteraClient client = AteraClient.create(AteraClientConfig.builder()
                .credentials(Credentials.apiKey(KEY)).time(time).transport(server).itemsInPage(50)
                .privateRegistries().rateLimiter(new RateLimiterConfig(N, W, GUARD)).pageConcurrency(c).build());
        CompletableFuture<SyncSummary> f = client.syncAsync(Endpoints.TICKETS, Query.none());
        time.runUntilIdle(100_000_000);
        return f.join();
    }

    static long floorNanos(int requests) {
        return (long) ((requests - 1) / N) * W.toNanos();
    }

    @Test
    void autoSaturatesTheLimiterWithAFewInFlight() {
        long latency = 200 * MS;
        InMemoryAtera server = model(200);
        SyncSummary s = sync(server, PageConcurrency.auto(CAP));
        assertThat(s.itemsSeen()).isEqualTo(PAGES * 50L);
        assertThat(s.duplicateIds()).isZero();
        assertThat(s.missingIds()).isZero();
        long floor = floorNanos(PAGES);
        // completion accounting: each of the (PAGES - 1) / N window boundaries waits one latency and the guard;
        // the last window's N pages go out CAP at a time; page 1 goes alone
        int windows = (PAGES - 1) / N;
        long allowance = windows * (latency + GUARD.toNanos()) + (long) N * latency / CAP + 2 * latency;
        assertThat(s.duration().toNanos()).isBetween(floor, floor + allowance);
        assertThat(ParallelUseVirtualTimeTest.maxInAnyWindow(server.sendTimes, W.toNanos())).isLessThanOrEqualTo(N);
        assertThat(server.maxInFlight()).isLessThanOrEqualTo(CAP);
    }

    @Test
    void theDefaultCapLetsABurstReachN() {
        // the default cap (128) is above N here: each window's burst is bounded by N alone
        InMemoryAtera server = model(200);
        SyncSummary s = sync(server, PageConcurrency.auto());
        assertThat(s.itemsSeen()).isEqualTo(PAGES * 50L);
        assertThat(PageConcurrency.DEFAULT_AUTO_CAP).isGreaterThan(N);
        assertThat(server.maxInFlight()).isGreaterThan(CAP).isLessThanOrEqualTo(N);
        assertThat(ParallelUseVirtualTimeTest.maxInAnyWindow(server.sendTimes, W.toNanos())).isLessThanOrEqualTo(N);
    }

    @Test
    void sequentialIsLatencyBoundAtTheSameLatency() {
        long latency = 200 * MS;
        InMemoryAtera server = model(200);
        SyncSummary s = sync(server, PageConcurrency.sequential());
        // 700 pages one after another at 200 ms: 140 s against a floor of 54 s
        assertThat(s.duration().toNanos()).isGreaterThanOrEqualTo(PAGES * latency);
        assertThat(s.paging()).isEqualTo(SyncSummary.Paging.SEQUENTIAL);
    }

    @Test
    void autoFollowsLatencyAsItChanges() {
        // 50 ms for the first 200 requests, then 1.5 s
        InMemoryAtera server = model(50);
        SyncSummary s = sync(r -> {
            if (server.requests.size() == 200) {
                server.model.updateSettings(b -> b.faults(new FaultSettings(1,
                        new FaultRule(0, 0, 0, 0, 0, 0, 0, Latency.fixed(1500)), Map.of())));
            }
            return server.send(r);
        }, PageConcurrency.auto(CAP));
        assertThat(s.itemsSeen()).isEqualTo(PAGES * 50L);
        assertThat(server.maxInFlight()).isEqualTo(CAP);
        assertThat(ParallelUseVirtualTimeTest.maxInAnyWindow(server.sendTimes, W.toNanos())).isLessThanOrEqualTo(N);
    }
}
