package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.time.VirtualTime;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SimulatedAteraServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final VirtualTime time = new VirtualTime();

    private static TransportRequest get(String pathAndQuery, String key, Duration timeout) {
        Map<String, List<String>> headers = key == null ? Map.of() : Map.of("X-API-KEY", List.of(key));
        return new TransportRequest("GET", URI.create(SimulatedAteraServer.DEFAULT_BASE_URI + pathAndQuery), headers,
                null, timeout, new RequestTag("list", "/tickets", true, false, 0));
    }

    private TransportResponse sendAndRun(SimulatedAteraServer server, TransportRequest r) {
        CompletableFuture<TransportResponse> f = server.send(r);
        assertThat(f).isNotDone(); // never completes inside send
        time.runUntilIdle(1000);
        return f.join();
    }

    private SimulatedAteraServer.Builder server() {
        return SimulatedAteraServer.builder(time).entities(List.of(new Entity("tickets", 137)));
    }

    @Test
    void servesTheSpecEnvelopeWithAbsoluteNextLinksAndAnEmptyOneOnTheLastPage() throws Exception {
        SimulatedAteraServer s = server().build();
        JsonNode first = JSON.readTree(sendAndRun(s, get("/tickets?page=1&itemsInPage=50", "k", null)).body());
        assertThat(first.get("items")).hasSize(50);
        assertThat(first.get("items").get(0).get("TicketID").asLong()).isEqualTo(1);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("itemsInPage").asInt()).isEqualTo(50);
        assertThat(first.get("totalItemCount").asInt()).isEqualTo(137);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        assertThat(first.get("prevLink").asText()).isEmpty();
        assertThat(first.get("nextLink").asText()).isEqualTo(SimulatedAteraServer.DEFAULT_BASE_URI + "/tickets?page=2&itemsInPage=50");

        JsonNode last = JSON.readTree(sendAndRun(s, get("/tickets?Page=3&ItemsInPage=50", "k", null)).body());
        assertThat(last.get("items")).hasSize(37);
        assertThat(last.get("items").get(36).get("TicketID").asLong()).isEqualTo(137);
        assertThat(last.get("nextLink").asText()).isEmpty();
        assertThat(last.get("prevLink").asText()).endsWith("page=2&itemsInPage=50");

        JsonNode past = JSON.readTree(sendAndRun(s, get("/tickets?page=9&itemsInPage=50", "k", null)).body());
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("nextLink").asText()).isEmpty();
    }

    @Test
    void clampsThePageSizeAndAnswersBadInputWithProblemDetails() throws Exception {
        SimulatedAteraServer s = server().build();
        JsonNode clamped = JSON.readTree(sendAndRun(s, get("/tickets?page=1&itemsInPage=500", "k", null)).body());
        assertThat(clamped.get("itemsInPage").asInt()).isEqualTo(50);
        assertThat(clamped.get("items")).hasSize(50);
        TransportResponse bad = sendAndRun(s, get("/tickets?page=zero", "k", null));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("status").asInt()).isEqualTo(400);
        assertThat(sendAndRun(s, get("/nothing", "k", null)).status()).isEqualTo(404);
        TransportResponse noKey = sendAndRun(s, get("/tickets", null, null));
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.body()).isEmpty();
    }

    @Test
    void aDetailHoldingQuotesAndBackslashesIsStillValidJson() throws Exception {
        SimulatedAteraServer s = server().build();
        URI tickets = URI.create(SimulatedAteraServer.DEFAULT_BASE_URI + "/tickets");
        TransportRequest odd = new TransportRequest("GE\"T\\", tickets, Map.of("X-API-KEY", List.of("k")), null,
                null, new RequestTag("list", "/tickets", true, false, 0));
        TransportResponse r = sendAndRun(s, odd);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.headers().get("Content-Type")).containsExactly("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("title").asText()).isEqualTo("Not Found");
        assertThat(body.get("detail").asText()).isEqualTo("no route GE\"T\\ " + tickets.getRawPath());
        assertThat(body.get("instance").isNull()).isTrue();
    }

    @Test
    void theLimiterJudgesArrivalsAtSendPlusHalfTheLatency() {
        SimulatedAteraServer s = server().limit(1).window(Duration.ofSeconds(10))
                .latency(LatencyModel.fixed(Duration.ofSeconds(1).toNanos())).build();
        long t0 = time.nanos();
        CompletableFuture<TransportResponse> a = s.send(get("/tickets", "k", null));
        time.advance(Duration.ofMillis(400));
        CompletableFuture<TransportResponse> b = s.send(get("/tickets", "k", null));
        time.runUntilIdle(100);
        assertThat(a.join().status()).isEqualTo(200);
        assertThat(a.join().receivedNanos()).isEqualTo(t0 + 1_000_000_000L);
        TransportResponse rejected = b.join();
        assertThat(rejected.status()).isEqualTo(429);
        assertThat(rejected.receivedNanos()).isEqualTo(t0 + 1_400_000_000L);
        // a arrived at 0.5 s, b at 0.9 s: the next admission is at 10.5 s, 9.6 s away, rounded up
        assertThat(rejected.header("Retry-After")).hasValue("10");
        assertThat(s.stats().rejected()).isEqualTo(1);
        assertThat(s.stats().admittedPerKey()).hasSize(1);
        assertThat(s.stats().admittedPerKey().keySet().iterator().next()).doesNotContain("k").hasSize(12);
    }

    @Test
    void anotherKeyHasItsOwnBudget() {
        SimulatedAteraServer s = server().limit(1).window(Duration.ofSeconds(10)).build();
        CompletableFuture<TransportResponse> a = s.send(get("/tickets", "k1", null));
        CompletableFuture<TransportResponse> b = s.send(get("/tickets", "k2", null));
        CompletableFuture<TransportResponse> c = s.send(get("/tickets", "k1", null));
        time.runUntilIdle(100);
        assertThat(List.of(a.join().status(), b.join().status(), c.join().status())).containsExactly(200, 200, 429);
    }

    @Test
    void injectsFaultsAtTheConfiguredRate() {
        SimulatedAteraServer s = server().limit(1_000_000).faultRate(0.2).seed(3).build();
        int n = 5000;
        int faults = 0;
        for (int i = 0; i < n; i++) {
            CompletableFuture<TransportResponse> f = s.send(get("/tickets", "k", null));
            time.runUntilIdle(10);
            faults += f.join().status() == 500 ? 1 : 0;
        }
        assertThat(faults).isEqualTo((int) s.stats().faults());
        // binomial(5000, 0.2): sd ~28
        assertThat(faults).isBetween(880, 1120);
    }

    @Test
    void aRequestSlowerThanItsTimeoutFailsAtTheTimeout() {
        SimulatedAteraServer s = server().latency(LatencyModel.fixed(Duration.ofSeconds(3).toNanos())).build();
        long t0 = time.nanos();
        CompletableFuture<TransportResponse> f = s.send(get("/tickets", "k", Duration.ofSeconds(2)));
        time.advance(Duration.ofMillis(1999));
        assertThat(f).isNotDone();
        time.advance(Duration.ofMillis(1));
        assertThat(f).isCompletedExceptionally();
        Assertions.assertThatThrownBy(f::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class);
        time.runUntilIdle(10);
        assertThat(s.stats().arrivals()).isEqualTo(1); // it arrived at 1.5 s, before the timeout
        assertThat(s.stats().timeouts()).isEqualTo(1);
        assertThat(s.stats().lastDoneNanos()).isEqualTo(t0 + 2_000_000_000L);
    }
}
