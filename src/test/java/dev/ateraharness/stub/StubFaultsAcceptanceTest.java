package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Faults at their configured probabilities (seeded; binomial tolerance), per route or global. */
class StubFaultsAcceptanceTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** 4.5 standard deviations of a binomial count: a correct stub fails this about once in 150,000 runs. */
    private static void assertBinomial(int count, int n, double p) {
        double sd = Math.sqrt(n * p * (1 - p));
        assertThat((double) count).as("count of p=" + p + " in " + n).isBetween(n * p - 4.5 * sd, n * p + 4.5 * sd);
    }

    @Test
    void errorStatusesAppearAtTheirProbabilitiesAnd503CarriesRetryAfter() throws Exception {
        FaultRule rule = new FaultRule(0.10, 0.05, 0.15, 3, 0, 0, 0, Latency.NONE);
        try (AteraStub stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key("k").limit(1_000_000)
                .faults(new FaultSettings(11, FaultRule.NONE, Map.of("/tickets/{ticketId}", rule))).build())) {
            int n = 600;
            int c500 = 0, c502 = 0, c503 = 0, ok = 0;
            for (int i = 0; i < n; i++) {
                HttpResponse<String> r = StubHttp.get(stub, "/tickets/1", "k");
                switch (r.statusCode()) {
                    case 500 -> c500++;
                    case 502 -> c502++;
                    case 503 -> {
                        c503++;
                        assertThat(r.headers().firstValue("Retry-After")).contains("3");
                        assertThat(r.body()).isEmpty();
                    }
                    case 200 -> ok++;
                    default -> throw new AssertionError("unexpected " + r.statusCode());
                }
            }
            assertBinomial(c500, n, 0.10);
            assertBinomial(c502, n, 0.05);
            assertBinomial(c503, n, 0.15);
            assertBinomial(ok, n, 0.70);
            // other routes use the (empty) global rule
            for (int i = 0; i < 30; i++) {
                assertThat(StubHttp.get(stub, "/tickets", "k").statusCode()).isEqualTo(200);
            }
            long logged503 = stub.arrivals().snapshot().stream().filter(a -> a.status() == 503 && a.retryAfterSeconds() == 3).count();
            assertThat(logged503).isEqualTo(c503);
        }
    }

    @Test
    void connectionFaultsAndMalformedJson() throws Exception {
        FaultRule rule = new FaultRule(0, 0, 0, 0, 0.2, 0.2, 0.2, Latency.NONE);
        try (AteraStub stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key("k").limit(1_000_000)
                .faults(new FaultSettings(5, rule, Map.of())).build())) {
            int n = 200;
            int io = 0, malformed = 0, ok = 0;
            for (int i = 0; i < n; i++) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/tickets?itemsInPage=5"))
                        .header("X-API-KEY", "k").timeout(Duration.ofSeconds(20)).build();
                try {
                    HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).isEqualTo(200);
                    try {
                        StubHttp.JSON.readTree(r.body());
                        ok++;
                    } catch (IOException e) {
                        malformed++;
                    }
                } catch (IOException e) {
                    io++;
                }
            }
            assertBinomial(io, n, 0.4);
            assertBinomial(malformed, n, 0.2);
            assertBinomial(ok, n, 0.4);
            assertThat(stub.arrivals().snapshot().stream().filter(a -> a.status() == 0).count()).isEqualTo(io);
        }
    }

    @Test
    void latencyIsAddedAndSeeded() {
        Latency fixed = Latency.fixed(300);
        try (AteraStub stub = AteraStub.start(StubHttp.tiny(StubSettings.builder()).key("k")
                .faults(new FaultSettings(1, new FaultRule(0, 0, 0, 0, 0, 0, 0, fixed), Map.of())).build())) {
            StubHttp.get(stub, "/tickets/1", "k");
            long t0 = System.nanoTime();
            StubHttp.get(stub, "/tickets/1", "k");
            // a lower bound only: a loaded machine can add time, never remove the configured delay
            assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        }
        java.util.SplittableRandom a = new java.util.SplittableRandom(3);
        java.util.SplittableRandom b = new java.util.SplittableRandom(3);
        Latency ln = Latency.lognormal(40, 0.5);
        double sum = 0;
        for (int i = 0; i < 2000; i++) {
            int x = ln.sampleMillis(a);
            assertThat(x).isEqualTo(ln.sampleMillis(b));
            sum += Math.log(Math.max(1, x));
        }
        assertThat(Math.exp(sum / 2000)).as("geometric mean ~ median").isBetween(36.0, 44.0);
        Latency u = Latency.uniform(10, 20);
        for (int i = 0; i < 200; i++) {
            assertThat(u.sampleMillis(a)).isBetween(10, 20);
        }
    }
}
