package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The HTTP door serves the model's latency without holding a thread per request (WireMock's asynchronous
 * responses), so a client with many pages in flight meets a server that answers them all at once, as Atera
 * would; and the door bounds what it holds: beyond {@link HttpDoorOptions#maxPendingResponses()} a request gets
 * 503 with {@code Retry-After: 1} in the profile's envelope.
 */
class StubPendingResponsesAcceptanceTest {

    /** Long enough that every request of a burst has arrived before the first answer, even on a loaded machine. */
    private static final Latency SLOW = Latency.fixed(3_000);

    private static StubSettings slow() {
        return StubHttp.tiny(StubSettings.builder()).key("pending-key-0001").limit(1_000_000)
                .faults(new FaultSettings(1, new FaultRule(0, 0, 0, 0, 0, 0, 0, SLOW), Map.of())).build();
    }

    private static List<CompletableFuture<HttpResponse<String>>> burst(AteraStub stub, int n) {
        // one connection per request: HTTP/1.1 from the JDK client opens as many as are in flight
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(http.sendAsync(HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/customers"))
                    .header("X-API-KEY", "pending-key-0001").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return out;
    }

    @Test
    void manyDelayedRequestsAreInFlightAtOnce() throws Exception {
        // WireMock's 25 container threads, were they sleeping through the latency, would let in at most 25
        int n = 48;
        try (AteraStub stub = AteraStub.start(slow())) {
            List<CompletableFuture<HttpResponse<String>>> calls = burst(stub, n);
            CompletableFuture.anyOf(calls.toArray(CompletableFuture[]::new)).get();
            int arrivedBeforeFirstAnswer = stub.arrivals().snapshot().size();
            for (CompletableFuture<HttpResponse<String>> c : calls) {
                assertThat(c.get().statusCode()).isEqualTo(200);
            }
            assertThat(arrivedBeforeFirstAnswer).isEqualTo(n);
        }
    }

    @Test
    void beyondTheBoundTheDoorAnswers503InTheEnvelopeAndFreesSlotsAfterwards() throws Exception {
        int bound = 4;
        int n = 10;
        try (AteraStub stub = AteraStub.start(slow(), null, HttpDoorOptions.closed().withMaxPendingResponses(bound))) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> c : burst(stub, n)) {
                answers.add(c.get());
            }
            List<HttpResponse<String>> refused = answers.stream().filter(r -> r.statusCode() == 503).toList();
            assertThat(answers.stream().filter(r -> r.statusCode() == 200)).hasSize(bound);
            assertThat(refused).hasSize(n - bound);
            for (HttpResponse<String> r : refused) {
                assertThat(r.headers().firstValue("Retry-After")).contains("1");
                assertThat(StubHttp.JSON.readTree(r.body()).path("status").asInt()).isEqualTo(503);
            }
            // every arrival is in the log, the refused ones included
            assertThat(stub.arrivals().snapshot()).hasSize(n);
            // the slots were released when the delayed answers completed
            assertThat(StubHttp.get(stub, "/customers", "pending-key-0001").statusCode()).isEqualTo(200);
        }
    }
}
