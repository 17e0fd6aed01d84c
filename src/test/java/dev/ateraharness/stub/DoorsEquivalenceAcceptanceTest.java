package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.http.RequestTag;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.time.VirtualTime;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * One model, two doors: a seeded sequence of 1,000 requests (lists, single items, writes, bad input, unknown routes,
 * missing, unknown and read-only keys; enough traffic per key for 429s; 5xx, resets, empty responses and cut JSON
 * from a faults file) sent once over HTTP to {@link AteraStub} and once through {@link InMemoryAteraTransport} gives
 * the same statuses, {@code Retry-After}s and bodies, and the same arrival log. Both models read one virtual clock
 * set to the same arrival time for each request, so even the timestamps agree; ProblemDetails trace ids are random
 * per request by design and are masked.
 */
class DoorsEquivalenceAcceptanceTest {

    private static final long MS = 1_000_000L;
    private static final long START = 1_767_225_600_000_000_000L; // 2026-01-01T00:00Z
    private static final String KEY = "equivalence-key-all-0001";
    private static final String READ_ONLY = "equivalence-key-read-0002";
    private static final String UNKNOWN = "equivalence-key-unknown-0003";

    /** One request of the sequence: when it arrives, what it is. */
    private record Step(long arrivalNanos, String method, String pathAndQuery, String key, String body) {
    }

    private static StubSettings settings(VirtualTime clock) {
        FaultRule global = new FaultRule(0.03, 0, 0.02, 1, 0.01, 0.01, 0.02, Latency.uniform(0, 2));
        FaultRule agents = new FaultRule(0, 0.05, 0, 0, 0, 0, 0, Latency.fixed(1));
        return StubSettings.builder().clock(clock).limit(40).window(Duration.ofSeconds(10))
                .key(KEY).key(READ_ONLY, Set.of(Permission.READ))
                .dataSize("tickets", 300).dataSize("agents", 200).dataSize("customers", 60)
                .faults(new FaultSettings(5, global, Map.of("/agents", agents))).build();
    }

    private static List<Step> sequence(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Step> steps = new ArrayList<>();
        long t = START;
        int[] sizes = {10, 20, 50, 60};
        for (int i = 0; i < 1000; i++) {
            // at least 5 ms apart: longer than any latency, so each request has completed before the next arrives
            t += 5 * MS + r.nextLong(200 * MS);
            String key = r.nextInt(20) == 0 ? READ_ONLY : KEY;
            String method = "GET";
            String body = null;
            String target;
            int kind = r.nextInt(16);
            switch (kind) {
                case 0, 1, 2 -> target = "/api/v3/tickets?page=" + (1 + r.nextInt(8)) + "&itemsInPage=" + sizes[r.nextInt(4)];
                case 3, 4 -> target = "/api/v3/agents?page=" + (1 + r.nextInt(6)) + "&itemsInPage=" + sizes[r.nextInt(4)];
                case 5 -> target = "/api/v3/customers?page=" + (1 + r.nextInt(3)) + "&itemsInPage=" + sizes[r.nextInt(4)];
                case 6, 7 -> target = "/api/v3/tickets/" + (1 + r.nextInt(320));
                case 8 -> target = "/api/v3/tickets?page=abc";
                case 9 -> target = r.nextBoolean() ? "/api/v3/nothing/here" : "/elsewhere";
                case 10 -> {
                    method = "DELETE";
                    target = "/api/v3/tickets/" + (1 + r.nextInt(300));
                }
                case 11 -> {
                    method = "POST";
                    target = "/api/v3/tickets";
                    body = r.nextBoolean() ? "{\"TicketTitle\":\"Printer " + i + "\",\"Description\":\"Jammed\",\"EndUserID\":"
                            + (1 + r.nextInt(50)) + "}" : "{\"TicketTitle\":\"\"}";
                }
                case 12 -> {
                    method = "PUT";
                    target = "/api/v3/tickets/" + (1 + r.nextInt(300));
                    body = "{\"TicketStatus\":\"Resolved\"}";
                }
                case 13 -> {
                    method = "PUT";
                    target = "/api/v3/agents";
                    body = "{}";
                }
                case 14 -> {
                    target = "/api/v3/customers/" + (1 + r.nextInt(70));
                    key = r.nextBoolean() ? null : UNKNOWN;
                }
                default -> target = "/api/v3/alerts?page=1&itemsInPage=" + sizes[r.nextInt(4)];
            }
            steps.add(new Step(t, method, target, key, body));
        }
        return steps;
    }

    /** What a client sees: status, Retry-After and the body with trace ids masked; or the connection fault. */
    private static String outcome(int status, String retryAfter, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\"traceId\":\"[^\"]*\"", "\"traceId\":\"*\"");
        return status + " retry-after=" + retryAfter + " " + text;
    }

    @Test
    void bothDoorsGiveTheSameAnswersAndTheSameArrivalLog() throws Exception {
        List<Step> steps = sequence(2026);

        VirtualTime httpClock = new VirtualTime(START);
        List<String> overHttp = new ArrayList<>();
        List<ArrivalRecord> httpArrivals;
        String baseUrl;
        try (AteraStub stub = AteraStub.start(settings(httpClock))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String origin = "http://127.0.0.1:" + stub.port();
            for (Step s : steps) {
                httpClock.advanceNanos(s.arrivalNanos() - httpClock.nanos());
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + s.pathAndQuery()))
                        .timeout(Duration.ofSeconds(20))
                        .method(s.method(), s.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(s.body()));
                if (s.body() != null) {
                    b.header("Content-Type", "application/json");
                }
                if (s.key() != null) {
                    b.header("X-API-KEY", s.key());
                }
                try {
                    HttpResponse<byte[]> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                    overHttp.add(outcome(resp.statusCode(), resp.headers().firstValue("Retry-After").orElse("-"),
                            resp.body()));
                } catch (IOException e) {
                    overHttp.add("connection fault");
                }
            }
            httpArrivals = stub.arrivals().snapshot();
            baseUrl = stub.baseUrl();
        }

        VirtualTime time = new VirtualTime(START);
        AteraServerModel model = AteraServerModel.create(settings(time));
        // links are absolute (and a cut body is cut at half its length): serve the same base URL
        model.baseUrl(baseUrl);
        InMemoryAteraTransport door = InMemoryAteraTransport.of(model, time);
        List<String> inMemory = new ArrayList<>();
        for (Step s : steps) {
            time.advanceNanos(s.arrivalNanos() - time.nanos());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            if (s.key() != null) {
                headers.put("X-API-KEY", List.of(s.key()));
            }
            if (s.body() != null) {
                headers.put("Content-Type", List.of("application/json"));
            }
            CompletableFuture<TransportResponse> f = door.send(new TransportRequest(s.method(),
                    URI.create("https://atera.simulated" + s.pathAndQuery()), headers,
                    s.body() == null ? null : s.body().getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20),
                    new RequestTag("equivalence", s.pathAndQuery(), false, false, s.arrivalNanos())));
            time.runUntilIdle(10);
            inMemory.add(f.handle((resp, e) -> e != null ? "connection fault"
                    : outcome(resp.status(), resp.header("Retry-After").orElse("-"), resp.body())).join());
        }

        List<String> a = overHttp;
        List<String> b = inMemory;
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i)).as("request %d: %s %s", i, steps.get(i).method(), steps.get(i).pathAndQuery())
                    .isEqualTo(a.get(i));
        }
        assertThat(model.arrivals().snapshot()).isEqualTo(httpArrivals).hasSize(1000);

        // not vacuous: the sequence reached every kind of answer
        List<Integer> statuses = httpArrivals.stream().map(ArrivalRecord::status).toList();
        assertThat(statuses).contains(200, 201, 400, 401, 403, 404, 405, 429, 500, 502, 503, 0);
        assertThat(statuses.stream().filter(st -> st == 429).count()).isGreaterThan(20);
        assertThat(a).anyMatch(o -> o.startsWith("200") && o.contains("\"items\":["));
    }
}
