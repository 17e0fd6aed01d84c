package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.time.VirtualTime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The in-memory door's timing: arrival (and the limiter's judgement) at send time, completion after the latency. */
class InMemoryAteraTransportTest {

    private static final long MS = 1_000_000L;
    private static final String KEY = "in-memory-key-0001";

    private static StubSettings.Builder settings(VirtualTime time, FaultRule rule) {
        return StubSettings.builder().key(KEY).clock(time).faults(new FaultSettings(3, rule, Map.of()));
    }

    private static FaultRule latency(long ms) {
        return new FaultRule(0, 0, 0, 0, 0, 0, 0, Latency.fixed(ms));
    }

    private static TransportRequest get(String pathAndQuery, Duration timeout) {
        return new TransportRequest("GET", URI.create("https://atera.simulated/api/v3" + pathAndQuery),
                Map.of("X-API-KEY", List.of(KEY)), null, timeout, new RequestTag("t", "/t", true, false, 0));
    }

    @Test
    void requestArrivesAndIsJudgedAtSendTimeAndCompletesAfterTheLatency() {
        VirtualTime time = new VirtualTime(1_700_000_000_000_000_000L);
        AteraServerModel model = AteraServerModel.create(settings(time, latency(200)).limit(2).build());
        InMemoryAteraTransport door = InMemoryAteraTransport.of(model, time);
        long t0 = time.nanos();

        CompletableFuture<TransportResponse> a = door.send(get("/tickets?page=1&itemsInPage=5", null));
        CompletableFuture<TransportResponse> b = door.send(get("/tickets?page=2&itemsInPage=5", null));
        CompletableFuture<TransportResponse> c = door.send(get("/tickets?page=3&itemsInPage=5", null));
        // judged and recorded on arrival, before any virtual time passes
        assertThat(model.arrivals().snapshot()).extracting(ArrivalRecord::status).containsExactly(200, 200, 429);
        assertThat(model.arrivals().snapshot()).allMatch(r -> r.epochMicros() == t0 / 1000);
        assertThat(a).isNotDone();

        time.runUntilIdle(100);
        // the 429 has no added latency; the routed requests complete 200 ms after arrival
        assertThat(c.join().status()).isEqualTo(429);
        assertThat(c.join().receivedNanos()).isEqualTo(t0);
        assertThat(c.join().header("Retry-After")).hasValue("60");
        assertThat(a.join().receivedNanos()).isEqualTo(t0 + 200 * MS);
        assertThat(b.join().bodyText()).contains("\"page\":2").contains("\"itemsInPage\":5")
                .contains("\"nextLink\":\"https://atera.simulated/api/v3/tickets?page=3&itemsInPage=5\"");
    }

    @Test
    void aTimeoutShorterThanTheLatencyFailsButTheRequestHasArrived() {
        VirtualTime time = new VirtualTime();
        AteraServerModel model = AteraServerModel.create(settings(time, latency(200)).build());
        InMemoryAteraTransport door = InMemoryAteraTransport.of(model, time);
        long t0 = time.nanos();
        CompletableFuture<TransportResponse> f = door.send(get("/agents", Duration.ofMillis(100)));
        time.runUntilIdle(100);
        assertThat(time.nanos()).isEqualTo(t0 + 100 * MS);
        assertThat(f).isCompletedExceptionally();
        assertThat(f.handle((r, e) -> e).join()).isInstanceOf(HttpTimeoutException.class);
        assertThat(model.arrivals().snapshot()).singleElement().extracting(ArrivalRecord::status).isEqualTo(200);
    }

    @Test
    void connectionFaultsFailWithAnIoExceptionAndStatusZeroInTheArrivalLog() {
        VirtualTime time = new VirtualTime();
        FaultRule reset = new FaultRule(0, 0, 0, 0, 1.0, 0, 0, Latency.fixed(50));
        AteraServerModel model = AteraServerModel.create(settings(time, reset).build());
        CompletableFuture<TransportResponse> f = InMemoryAteraTransport.of(model, time).send(get("/tickets", null));
        time.runUntilIdle(100);
        assertThat(f.handle((r, e) -> e).join()).isInstanceOf(IOException.class);
        assertThat(time.nanos()).isEqualTo(50 * MS + new VirtualTime().nanos());
        assertThat(model.arrivals().snapshot()).singleElement().extracting(ArrivalRecord::status).isEqualTo(0);
    }

    @Test
    void theRealClientPagesThroughGeneratedTicketsInVirtualTime() {
        VirtualTime time = new VirtualTime();
        AteraServerModel model = AteraServerModel.create(settings(time, latency(100)).dataSize("tickets", 120).build());
        AteraClient client = AteraClient.create(AteraClientConfig.builder().baseUrl("https://atera.simulated/api/v3")
                .credentials(Credentials.apiKey(KEY)).time(time).transport(InMemoryAteraTransport.of(model, time))
                .build());
        long t0 = time.nanos();
        CompletableFuture<List<Ticket>> all = client.listAllAsync(Endpoints.TICKETS, Query.none());
        time.runUntilIdle(100_000);
        List<Ticket> tickets = all.join();
        assertThat(tickets).hasSize(120);
        assertThat(tickets).extracting(Ticket::ticketID).doesNotHaveDuplicates();
        assertThat(tickets.get(0).ticketTitle()).isNotBlank();
        assertThat(model.arrivals().size()).isEqualTo(3);
        assertThat(time.nanos() - t0).isGreaterThanOrEqualTo(3 * 100 * MS);
    }

    @Test
    void idsOnlyItemsUseTheSameEnvelope() {
        VirtualTime time = new VirtualTime();
        AteraServerModel model = AteraServerModel.create(settings(time, FaultRule.NONE).dataSize("tickets", 3).build(),
                AteraServerModel.Items.IDS_ONLY);
        CompletableFuture<TransportResponse> f = InMemoryAteraTransport.of(model, time).send(get("/tickets?page=1&itemsInPage=2", null));
        time.runUntilIdle(10);
        assertThat(f.join().bodyText()).isEqualTo("{\"items\":[{\"TicketID\":1},{\"TicketID\":2}],\"page\":1,"
                + "\"itemsInPage\":2,\"totalItemCount\":3,\"totalPages\":2,\"prevLink\":\"\","
                + "\"nextLink\":\"https://atera.simulated/api/v3/tickets?page=2&itemsInPage=2\"}");
    }
}
