package dev.ateraharness.simulations.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The seed ports against a plain WireMock on 127.0.0.1: what they send, how they pause, how they fail. */
class SeedPatternsTest {

    static WireMockServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RecordingScheduler scheduler;
    SeedHttp http;

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        scheduler = new RecordingScheduler();
        http = new SeedHttp(HTTP, "http://127.0.0.1:" + server.port() + "/api/v3", "test-key-1234",
                Duration.ofSeconds(10));
    }

    private static String page(int page, int totalPages, int items) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < items; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(page * 1000 + i).append('}');
        }
        return json.append("],\"page\":").append(page).append(",\"totalPages\":").append(totalPages).append('}')
                .toString();
    }

    private void pages(String endpoint, int totalPages) {
        for (int p = 1; p <= totalPages; p++) {
            server.stubFor(get(urlPathEqualTo("/api/v3/" + endpoint)).withQueryParam("page", equalTo("" + p))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(page(p, totalPages, p < totalPages ? 50 : 7))));
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(20, TimeUnit.SECONDS);
    }

    @Test
    void fetchAllItems_reads_every_page_with_the_key_and_pauses_100_ms_between_pages() throws Exception {
        pages("tickets", 3);
        List<JsonNode> items = await(new SeedPatterns(http, scheduler).fetchAllItems("tickets"));

        assertThat(items).hasSize(50 + 50 + 7);
        assertThat(items.get(0).get("id").asInt()).isEqualTo(1000);
        assertThat(scheduler.delaysMs).containsExactly(100L, 100L);
        server.verify(3, getRequestedFor(urlPathEqualTo("/api/v3/tickets"))
                .withHeader("X-API-KEY", equalTo("test-key-1234")).withQueryParam("itemsInPage", equalTo("50")));
    }

    @Test
    void three_loops_in_parallel_send_all_their_pages_on_one_key() throws Exception {
        pages("tickets", 3);
        pages("agents", 2);
        pages("alerts", 4);
        List<List<JsonNode>> all = await(new SeedPatterns(http, scheduler)
                .fetchAllInParallel("tickets", "agents", "alerts"));

        assertThat(all).extracting(List::size).containsExactly(107, 57, 157);
        assertThat(server.getAllServeEvents()).hasSize(9)
                .allMatch(e -> "test-key-1234".equals(e.getRequest().getHeader("X-API-KEY")));
    }

    @Test
    void a_429_body_without_items_fails_like_the_seeds_TypeError() {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(aResponse().withStatus(429)
                .withBody("{\"Message\":\"Rate limit exceeded. Please wait before making more requests.\"}")));
        assertThatThrownBy(() -> new SeedPatterns(http, scheduler).fetchAllItems("tickets").join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(SeedFailure.class)
                .hasMessageContaining("TypeError").hasMessageContaining("429");
    }

    @Test
    void a_missing_totalPages_silently_stops_after_page_one() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(aResponse().withStatus(200)
                .withBody("{\"items\":[{\"id\":1}],\"totalItemCount\":120}")));
        assertThat(await(new SeedPatterns(http, scheduler).fetchAllItems("tickets"))).hasSize(1);
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/tickets")));
    }

    @Test
    void requestWithRetry_waits_Retry_After_plus_jitter_then_succeeds() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/x")).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo("/api/v3/x")).inScenario("r").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{\"done\":true}")));
        JsonNode body = await(new SeedRetry(http, scheduler, () -> 0.5).requestWithRetry(uri("x")));

        assertThat(body.get("done").asBoolean()).isTrue();
        assertThat(scheduler.delaysMs).containsExactly(2_500L);
    }

    @Test
    void requestWithRetry_reads_an_HTTP_date_or_zero_Retry_After_as_30_seconds() {
        assertThat(SeedRetry.parseIntOr30("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(30);
        assertThat(SeedRetry.parseIntOr30("0")).isEqualTo(30);
        assertThat(SeedRetry.parseIntOr30(null)).isEqualTo(30);
        assertThat(SeedRetry.parseIntOr30("1.5")).isEqualTo(1);
        assertThat(SeedRetry.parseIntOr30(" 12abc")).isEqualTo(12);
    }

    @Test
    void requestWithRetry_backs_off_exponentially_on_5xx_and_throws_after_the_last_attempt() {
        server.stubFor(get(urlPathEqualTo("/api/v3/x")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> new SeedRetry(http, scheduler, () -> 0.0).requestWithRetry(uri("x")).join())
                .cause().isInstanceOf(SeedFailure.class).hasMessage("HTTP 503: ");
        assertThat(scheduler.delaysMs).containsExactly(1_000L, 2_000L, 4_000L, 8_000L);
        server.verify(5, getRequestedFor(urlPathEqualTo("/api/v3/x")));
    }

    @Test
    void requestWithRetry_gives_up_silently_after_five_429s() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/x")).willReturn(aResponse().withStatus(429)));
        double[] jitter = {0.25};
        JsonNode body = await(new SeedRetry(http, scheduler, () -> jitter[0]).requestWithRetry(uri("x")));

        assertThat(body).isNull();
        assertThat(scheduler.delaysMs).hasSize(5).allSatisfy(d -> assertThat(d).isCloseTo(30_250L, within(1L)));
    }

    @Test
    void makeRequest_goes_through_the_seed_limiter_before_sending() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/tickets/1")).willReturn(aResponse().withStatus(200)));
        SeedPatterns seed = new SeedPatterns(http, scheduler, new SeedRateLimiter(1, 60_000, scheduler));

        assertThat(await(seed.makeRequest("tickets/1")).statusCode()).isEqualTo(200);
        assertThat(await(seed.makeRequest("tickets/1")).statusCode()).isEqualTo(200);
        assertThat(scheduler.delaysMs).hasSize(1).allSatisfy(d -> assertThat(d).isBetween(59_000L, 60_100L));
        assertThat(seed.limiter().size()).isEqualTo(2);
    }

    private URI uri(String path) {
        return URI.create(http.baseUrl() + "/" + path);
    }
}
