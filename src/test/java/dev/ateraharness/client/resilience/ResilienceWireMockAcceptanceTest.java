package dev.ateraharness.client.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ateraharness.client.concurrent.BoundedParallel;
import dev.ateraharness.client.event.AttemptRecord;
import dev.ateraharness.client.http.JdkHttpTransport;
import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.internal.resilience.Resilience;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.time.SystemTime;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real time, real HTTP on 127.0.0.1, compressed window (20 per 500 ms): what WireMock saw arrive honours the
 * limit and the Retry-After of a 429 (1 s, the shortest a delay-seconds header can ask for, so the run's floor).
 */
class ResilienceWireMockAcceptanceTest {

    private static final int LIMIT = 20;
    private static final long WINDOW_MS = 500;

    private WireMockServer wm;
    private Transport jdk;

    @BeforeEach
    void start() {
        wm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wm.start();
        wm.stubFor(get(urlEqualTo("/api/v3/tickets/1")).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("open"));
        wm.stubFor(get(urlEqualTo("/api/v3/tickets/1")).inScenario("rate").whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withBody("{\"TicketID\":1}")));
        wm.stubFor(get(urlEqualTo("/api/v3/agents")).willReturn(aResponse().withStatus(200).withBody("{}")));
        jdk = new JdkHttpTransport(JdkHttpTransport.defaultClient(Duration.ofSeconds(5)), SystemTime.INSTANCE);
    }

    @AfterEach
    void stop() {
        wm.stop();
    }


    private TransportRequest request(String path, String template) {
        return new TransportRequest("GET", URI.create(wm.baseUrl() + path), Map.of(), null, Duration.ofSeconds(15),
                new RequestTag("op", template, true, false, SystemTime.INSTANCE.nanos()));
    }

    @Test
    void retryComesAtLeastRetryAfterLaterAndNoWindowExceedsTheLimit() throws Exception {
        // warm up connections and JIT outside the limiter: a cold first burst can spend longer than any sane guard
        // between send and arrival on a loaded machine, which is not what this test is about
        List<CompletableFuture<TransportResponse>> warm = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            warm.add(jdk.send(request("/api/v3/agents", "/agents")));
        }
        CompletableFuture.allOf(warm.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        wm.resetRequests();

        List<AttemptRecord> attempts = Collections.synchronizedList(new ArrayList<>());
        Transport client = Resilience.forFingerprint("wiremock-test").clientId("acceptance")
                .registries(new RateLimiterRegistry(), new RetryBudgetRegistry())
                .limiter(RateLimiter.builder().limit(LIMIT).window(Duration.ofMillis(WINDOW_MS))
                        .guard(Duration.ofMillis(100)))
                .listener(attempts::add)
                .build().wrap(jdk);

        CompletableFuture<TransportResponse> ticket = client.send(request("/api/v3/tickets/1", "/tickets/{id}"));
        CompletableFuture<List<TransportResponse>> agents = BoundedParallel.map(
                IntStream.range(0, 44).boxed().toList(), 8, i -> client.send(request("/api/v3/agents", "/agents")));

        assertThat(ticket.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(agents.get(60, TimeUnit.SECONDS)).hasSize(44).allMatch(r -> r.status() == 200);

        List<ServeEvent> events = wm.getAllServeEvents();
        assertThat(events).hasSize(46);
        List<Long> ticketArrivals = events.stream()
                .filter(e -> e.getRequest().getUrl().equals("/api/v3/tickets/1"))
                .map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertThat(ticketArrivals).hasSize(2);
        assertThat(ticketArrivals.get(1) - ticketArrivals.get(0)).isGreaterThanOrEqualTo(1_000);

        long[] arrivals = events.stream().mapToLong(e -> e.getRequest().getLoggedDate().getTime()).sorted().toArray();
        int max = 0;
        for (int i = 0, j = 0; i < arrivals.length; i++) {
            while (arrivals[i] - arrivals[j] >= WINDOW_MS) {
                j++;
            }
            max = Math.max(max, i - j + 1);
        }
        long first = arrivals[0];
        assertThat(max).as("arrivals (ms from the first): %s",
                java.util.Arrays.stream(arrivals).map(a -> a - first).boxed().toList()).isLessThanOrEqualTo(LIMIT);
        assertThat(attempts).hasSize(46);
        assertThat(attempts).filteredOn(a -> a.status() == 429).singleElement()
                .satisfies(a -> assertThat(a.retryAfterSeconds()).isEqualTo(1.0));
    }
}
