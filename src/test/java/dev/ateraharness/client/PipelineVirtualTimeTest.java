package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;
import dev.ateraharness.time.SystemTime;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The whole client on the stub's model (in-memory door) in virtual time: one pipeline, layers in order, no blocking. */
class PipelineVirtualTimeTest {

    static final long MS = 1_000_000L;
    static final String KEY = "virtual-key-123456";

    private static AteraClientConfig.Builder config(VirtualTime time, InMemoryAtera server) {
        return AteraClientConfig.builder().baseUrl("https://app.atera.com/api/v3")
                .credentials(Credentials.apiKey("virtual-key-123456")).time(time).transport(server);
    }

    @Test
    void listAllAsyncCompletesOnlyAsVirtualTimeAdvances() {
        VirtualTime time = new VirtualTime();
        InMemoryAtera server = new InMemoryAtera(time, 200, b -> b.key(KEY).dataSize("tickets", 120));
        AteraClient client = AteraClient.create(config(time, server).build());
        long start = time.nanos();

        CompletableFuture<List<Ticket>> all = client.listAllAsync(Endpoints.TICKETS, Query.none());
        assertThat(all).isNotDone();
        assertThat(server.requests).hasSize(1);
        time.runUntilIdle(10_000);

        assertThat(all).isCompletedWithValueMatching(l -> l.size() == 120);
        assertThat(server.requests).hasSize(3);
        assertThat(time.nanos() - start).isEqualTo(3 * 200 * MS);
    }

    @Test
    void syncSummaryDurationIsMeasuredOnTheInjectedClock() {
        VirtualTime time = new VirtualTime();
        InMemoryAtera server = new InMemoryAtera(time, 50, b -> b.key(KEY).dataSize("tickets", 1_001));
        AteraClient client = AteraClient.create(config(time, server).itemsInPage(10).build());
        CompletableFuture<SyncSummary> f = client.syncAsync(Endpoints.TICKETS, Query.none());
        time.runUntilIdle(100_000);
        SyncSummary s = f.join();
        assertThat(s.pages()).isEqualTo(101);
        assertThat(s.requests()).isEqualTo(101);
        assertThat(s.itemsSeen()).isEqualTo(1_001);
        assertThat(s.duration()).isEqualTo(Duration.ofMillis(101 * 50));
    }

    @Test
    void layersWrapInOrderAndSeeTheRequestTag() {
        VirtualTime time = new VirtualTime(1_000_000_000_000L);
        InMemoryAtera server = new InMemoryAtera(time, 1, b -> b.key(KEY).dataSize("tickets", 3));
        List<String> order = new CopyOnWriteArrayList<>();
        List<RequestTag> tags = new CopyOnWriteArrayList<>();
        AteraClient client = AteraClient.create(config(time, server)
                .layer(next -> req -> {
                    order.add("outer");
                    tags.add(req.tag());
                    return next.send(req);
                })
                .layer(next -> req -> {
                    order.add("inner");
                    return next.send(req);
                }).build());
        long intended = time.nanos();
        CompletableFuture<Page<Ticket>> page = client.pageAsync(Endpoints.TICKETS, Query.none(), 1);
        time.runUntilIdle(100);
        assertThat(page.join().items()).hasSize(3);
        assertThat(order).containsExactly("outer", "inner");
        assertThat(tags).singleElement().isEqualTo(new RequestTag("listTickets", "/tickets", true, false, intended));
        TransportRequest sent = server.requests.get(0);
        assertThat(sent.headers().get("X-API-KEY")).containsExactly("virtual-key-123456");
        assertThat(sent.uri().toString()).isEqualTo("https://app.atera.com/api/v3/tickets?page=1&itemsInPage=50");
        assertThat(sent.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void postsAreTaggedNonIdempotentAndBearerTokensUseAuthorization() {
        VirtualTime time = new VirtualTime();
        List<TransportRequest> seen = new CopyOnWriteArrayList<>();
        String jwt = "eyJ" + "a".repeat(150);
        AteraClient client = AteraClient.create(AteraClientConfig.builder().credentials(Credentials.bearer(jwt))
                .time(time).transport(req -> {
                    seen.add(req);
                    return CompletableFuture.completedFuture(new dev.ateraharness.client.http.TransportResponse(201,
                            java.util.Map.of(), "{\"ActionID\":\"7\"}".getBytes(), time.nanos()));
                }).build());
        assertThat(client.tickets().createAsync(java.util.Map.of("TicketTitle", "x")).join().actionId())
                .isEqualTo("7");
        RequestTag tag = seen.get(0).tag();
        assertThat(tag.idempotent()).isFalse();
        assertThat(tag.retryable()).isFalse();
        assertThat(tag.operation()).isEqualTo("createTicket");
        assertThat(seen.get(0).headers().get("Authorization")).containsExactly("Bearer " + jwt);
        assertThat(seen.get(0).headers()).doesNotContainKey("X-API-KEY");
    }

    @Test
    void thousandsOfSynchronouslyCompletedPagesDoNotGrowTheStack() {
        // a scheduler that runs every task at once, on the caller's stack: every page completes synchronously
        Scheduler inline = new Scheduler() {
            @Override
            public Clock clock() {
                return SystemTime.INSTANCE;
            }

            @Override
            public Cancellable schedule(long delayNanos, Runnable task) {
                task.run();
                return () -> false;
            }
        };
        InMemoryAtera immediate = new InMemoryAtera(inline, 0, b -> b.key(KEY).dataSize("tickets", 5_000).limit(1_000_000)
                .maxItemsInPage(50), dev.ateraharness.stub.AteraServerModel.Items.IDS_ONLY);
        AteraClient client = AteraClient.create(AteraClientConfig.builder()
                .credentials(Credentials.apiKey("virtual-key-123456")).transport(immediate)
                .maxItemsInPage(50).itemsInPage(1).withoutResilience().build());
        // a recursive walk would die of StackOverflowError inside a callback and never complete: bound the wait
        CompletableFuture<SyncSummary> f = client.syncAsync(Endpoints.TICKETS, Query.none());
        assertThat(f).succeedsWithin(Duration.ofSeconds(60));
        SyncSummary s = f.join();
        assertThat(s.pages()).isEqualTo(5_000);
        assertThat(s.itemsSeen()).isEqualTo(5_000);
    }
}
