package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.stub.AteraServerModel;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Page fan-out for one entity in virtual time: pages come back out of order but are delivered in page order,
 * at most the configured number in flight, every item once, through the key's limiter; without totals the
 * cursor walks alone; a clamping server re-plans; repeated and missing ids are counted.
 *
 * <p>The server is the stub's model behind its in-memory door ({@link InMemoryAtera}: pages, totals, the page
 * clamp, latency drawn uniformly from 10..400 ms so answers overtake each other). Only what the model cannot do
 * uses the private fake {@link PagedListServer}: a list without totals and with links, and items inserted at the
 * front mid-sync.
 */
class PageFanOutVirtualTimeTest {

    static final long MS = 1_000_000L;

    static final String KEY = "fanout-key-0001";

    final VirtualTime time = new VirtualTime();

    /** The model with {@code total} tickets (ids 1..total in list order), latency uniform in 10..400 ms. */
    InMemoryAtera model(int total, long seed) {
        return model(total, seed, b -> b);
    }

    InMemoryAtera model(int total, long seed, UnaryOperator<StubSettings.Builder> more) {
        return new InMemoryAtera(time, Latency.uniform(10, 400), seed,
                b -> more.apply(b.key(KEY).dataSize("tickets", total).limit(1_000_000)),
                AteraServerModel.Items.IDS_ONLY);
    }

    AteraClient client(Transport server, PageConcurrency c, RateLimiterConfig limit, int itemsInPage) {
        AteraClientConfig.Builder b = AteraClientConfig.builder().credentials(Credentials.apiKey(KEY))
                .time(time).transport(server).itemsInPage(itemsInPage).pageConcurrency(c);
        b = limit == null ? b.withoutResilience() : b.privateRegistries().rateLimiter(limit);
        return AteraClient.create(b.build());
    }

    static PagedListServer randomLatency(VirtualTime time, int total, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] lat = r.longs(100_000, 10 * MS, 400 * MS).toArray();
        return new PagedListServer(time, total, i -> lat[(int) i]);
    }

    <T> T run(CompletableFuture<T> f) {
        time.runUntilIdle(50_000_000);
        assertThat(f).isDone();
        return f.join();
    }

    static List<Long> ids(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::ticketID).toList();
    }

    static List<Long> oneTo(long n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void pagesArriveOutOfOrderButListAllIsInPageOrderWithAtMostNInFlight() {
        InMemoryAtera server = model(1000, 7);
        AteraClient c = client(server, PageConcurrency.fixed(8), null, 10);
        List<Ticket> all = run(c.listAllAsync(Endpoints.TICKETS, Query.none()));
        assertThat(ids(all)).containsExactlyElementsOf(oneTo(1000));
        assertThat(server.maxInFlight()).isEqualTo(8);
        assertThat(server.sendTimes).hasSize(100);
    }

    @Test
    void summarySaysConcurrentAndCountsNoRepeatsOnStableData() {
        InMemoryAtera server = model(995, 3);
        AteraClient c = client(server, PageConcurrency.fixed(5), null, 10);
        List<Long> seen = new ArrayList<>();
        SyncSummary s = run(c.syncAsync(Endpoints.TICKETS, Query.none(),
                p -> p.items().forEach(t -> seen.add(t.ticketID())), SyncListener.NONE));
        assertThat(seen).containsExactlyElementsOf(oneTo(995));
        assertThat(s.paging()).isEqualTo(SyncSummary.Paging.CONCURRENT);
        assertThat(s.pages()).isEqualTo(100);
        assertThat(s.requests()).isEqualTo(100);
        assertThat(s.itemsSeen()).isEqualTo(995);
        assertThat(s.duplicateIds()).isZero();
        assertThat(s.missingIds()).isZero();
        assertThat(s.consistent()).isTrue();
        assertThat(s.keys()).singleElement().satisfies(k -> {
            assertThat(k.key()).doesNotContain("fanout-key");
            assertThat(k.maxInFlight()).isEqualTo(5);
            assertThat(k.requests()).isEqualTo(100);
        });
    }

    @Test
    void withoutTotalsTheCursorWalksAloneAndTheSummarySaysSo() {
        PagedListServer server = randomLatency(time, 95, 1).withoutTotals();
        AteraClient c = client(server, PageConcurrency.fixed(8), null, 10);
        SyncSummary s = run(c.syncAsync(Endpoints.TICKETS, Query.none()));
        assertThat(s.paging()).isEqualTo(SyncSummary.Paging.SEQUENTIAL_NO_TOTALS);
        assertThat(s.itemsSeen()).isEqualTo(95);
        assertThat(server.maxInFlight()).isEqualTo(1);
        assertThat(run(c.listAllAsync(Endpoints.TICKETS, Query.none()))).hasSize(95);
    }

    @Test
    void aServerClampingFromPageOneIsBelievedForTheWholePlan() {
        InMemoryAtera server = model(500, 5, b -> b.maxItemsInPage(7));
        AteraClient c = client(server, PageConcurrency.fixed(6), null, 10);
        SyncSummary[] s = new SyncSummary[1];
        List<Long> seen = new ArrayList<>();
        s[0] = run(c.syncAsync(Endpoints.TICKETS, Query.none(), p -> p.items().forEach(t -> seen.add(t.ticketID())),
                SyncListener.NONE));
        assertThat(seen).containsExactlyElementsOf(oneTo(500));
        assertThat(s[0].requests()).isEqualTo(72); // ceil(500 / 7)
        assertThat(s[0].replans()).isZero();
    }

    @Test
    void aServerThatStartsClampingMidSyncIsRePlannedAndEveryItemComesOnce() {
        InMemoryAtera server = model(2000, 11);
        time.schedule(1500 * MS, () -> server.model.updateSettings(b -> b.maxItemsInPage(7)));
        AteraClient c = client(server, PageConcurrency.fixed(6), null, 10);
        List<Long> seen = new ArrayList<>();
        SyncSummary s = run(c.syncAsync(Endpoints.TICKETS, Query.none(),
                p -> p.items().forEach(t -> seen.add(t.ticketID())), SyncListener.NONE));
        assertThat(seen).containsExactlyElementsOf(oneTo(2000));
        assertThat(s.replans()).isEqualTo(1);
        assertThat(s.duplicateIds()).isZero();
        assertThat(s.missingIds()).isZero();
        assertThat(s.itemsSeen()).isEqualTo(2000);
    }

    @Test
    void itemsAddedAtTheFrontDuringTheSyncShowAsRepeatedAndMissingIds() {
        PagedListServer server = randomLatency(time, 1000, 13).prependAt(time.nanos() + 1000 * MS, 5);
        AteraClient c = client(server, PageConcurrency.fixed(4), null, 10);
        SyncSummary s = run(c.syncAsync(Endpoints.TICKETS, Query.none()));
        assertThat(s.duplicateIds()).isEqualTo(5);
        assertThat(s.missingIds()).isEqualTo(5);
        assertThat(s.consistent()).isFalse();
    }

    @Test
    void everyRequestStillPassesTheLimiter() {
        InMemoryAtera server = new InMemoryAtera(time, 200, b -> b.key(KEY).dataSize("tickets", 3000)
                .limit(1_000_000), AteraServerModel.Items.IDS_ONLY);
        Duration w = Duration.ofSeconds(1);
        AteraClient c = client(server, PageConcurrency.fixed(16), new RateLimiterConfig(10, w, Duration.ZERO), 10);
        SyncSummary s = run(c.syncAsync(Endpoints.TICKETS, Query.none()));
        assertThat(s.itemsSeen()).isEqualTo(3000);
        assertThat(ParallelUseVirtualTimeTest.maxInAnyWindow(server.sendTimes, w.toNanos())).isEqualTo(10);
    }

    @Test
    void streamDeliversInOrderAndFetchesOnlyABoundedBufferAhead() {
        InMemoryAtera server = model(10_000, 17);
        AteraClient c = client(server, PageConcurrency.fixed(4), null, 10);
        List<Long> first = new ArrayList<>();
        // the stream blocks its consumer: advance virtual time from another thread
        Thread clock = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (time.runUntilIdle(1000) == 0) {
                    Thread.onSpinWait();
                }
            }
        });
        clock.setDaemon(true);
        clock.start();
        try {
            c.tickets().stream(Query.none()).limit(25).forEach(t -> first.add(t.ticketID()));
        } finally {
            clock.interrupt();
        }
        assertThat(first).containsExactlyElementsOf(oneTo(25));
        // 3 pages taken, at most REORDER_FACTOR x concurrency more asked for (the reordering buffer), plus page 1
        assertThat(server.sendTimes.size()).isLessThanOrEqualTo(3 + PageFanOut.REORDER_FACTOR * 4 + 1);
    }

    @Test
    void aFailedPageFailsTheSync() {
        InMemoryAtera server = model(1000, 19);
        AteraClient c = AteraClient.create(AteraClientConfig.builder()
                .credentials(Credentials.apiKey(KEY)).time(time).itemsInPage(10)
                .pageConcurrency(PageConcurrency.fixed(4)).withoutResilience()
                .transport(r -> r.uri().getRawQuery().startsWith("page=37&")
                        ? CompletableFuture.completedFuture(new dev.ateraharness.client.http.TransportResponse(500,
                        java.util.Map.of(), new byte[0], time.nanos()))
                        : server.send(r)).build());
        CompletableFuture<SyncSummary> f = c.syncAsync(Endpoints.TICKETS, Query.none());
        time.runUntilIdle(50_000_000);
        assertThatThrownBy(f::join).hasCauseInstanceOf(ServerErrorException.class);
    }

    @Test
    void aConsumerThatThrowsFailsTheSync() {
        InMemoryAtera server = model(1000, 23);
        AteraClient c = client(server, PageConcurrency.fixed(4), null, 10);
        CompletableFuture<SyncSummary> f = c.syncAsync(Endpoints.TICKETS, Query.none(), p -> {
            if (p.page() == 5) {
                throw new IllegalStateException("consumer broke");
            }
        }, SyncListener.NONE);
        time.runUntilIdle(50_000_000);
        assertThatThrownBy(f::join).hasRootCauseMessage("consumer broke");
    }
}
