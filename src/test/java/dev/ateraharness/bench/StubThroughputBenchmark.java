package dev.ateraharness.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ateraharness.stub.ArrivalRecorder;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.StubSettings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Throughput and p99 of the paginated tickets route of {@link AteraStub} (limit high enough never to reject)
 * against a plain static WireMock stub started the same way (one acceptor, journal and request logging off)
 * serving the same page bytes, in one run; then the heap used by 1M arrival-log rows.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.StubThroughputBenchmark
 * -Dbench= -Dbench.args="--warmup 30s --duration 30s --concurrency 16"}. Not a unit test: numbers depend on the
 * machine and its load; report them with that caveat.
 */
public final class StubThroughputBenchmark {

    private record Result(String name, double rps, double p50ms, double p99ms, long requests, long errors) {
    }

    public static void main(String[] args) throws Exception {
        Duration warmup = Duration.ofSeconds(30);
        Duration duration = Duration.ofSeconds(30);
        int concurrency = 16;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--warmup" -> warmup = dev.ateraharness.time.Durations.parse(args[i + 1]);
                case "--duration" -> duration = dev.ateraharness.time.Durations.parse(args[i + 1]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String path = "/api/v3/tickets?page=3&itemsInPage=50";
        String key = "bench-key";
        System.out.printf("cores=%d warmup=%s duration=%s concurrency=%d%n", Runtime.getRuntime().availableProcessors(),
                warmup, duration, concurrency);

        // both servers run side by side; the rounds alternate (A B A B) so neither profits from running second,
        // and the last round of each is reported
        Result atera = null;
        Result wm = null;
        byte[] page;
        long startNanos = System.nanoTime();
        try (AteraStub stub = AteraStub.start(StubSettings.builder().key(key).limit(1_000_000_000).build())) {
            System.out.printf("AteraStub.start: %.0f ms (data is generated in the background)%n",
                    (System.nanoTime() - startNanos) / 1e6);
            String url = "http://127.0.0.1:" + stub.port() + path;
            page = HttpClient.newHttpClient().send(request(url, key), HttpResponse.BodyHandlers.ofByteArray()).body();
            WireMockServer plain = new WireMockServer(options().port(0).bindAddress("127.0.0.1").jettyAcceptors(1)
                    .disableRequestJournal().stubRequestLoggingDisabled(true));
            plain.start();
            try {
                plain.stubFor(get(urlPathEqualTo("/api/v3/tickets")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json; charset=utf-8").withBody(page)));
                String plainUrl = "http://127.0.0.1:" + plain.port() + path;
                for (int round = 1; round <= 2; round++) {
                    atera = load("atera-stub", url, key, concurrency, warmup, duration);
                    wm = load("plain-wiremock", plainUrl, key, concurrency, warmup, duration);
                    System.out.printf("round %d: atera %.0f req/s p99 %.2f ms; plain %.0f req/s p99 %.2f ms%n",
                            round, atera.rps, atera.p99ms, wm.rps, wm.p99ms);
                }
            } finally {
                plain.stop();
            }
            System.out.println("arrival rows logged: " + stub.arrivals().size());
        }
        for (Result r : List.of(atera, wm)) {
            System.out.printf("%-15s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  (%d requests, %d errors)%n",
                    r.name, r.rps, r.p50ms, r.p99ms, r.requests, r.errors);
        }
        System.out.printf("throughput ratio atera/plain = %.2f ; p99 ratio atera/plain = %.2f (page %d bytes)%n",
                atera.rps / wm.rps, atera.p99ms / wm.p99ms, page.length);
        System.out.printf("arrival log: %.1f MB per 1M rows%n", arrivalLogMbPerMillion());
    }

    private static HttpRequest request(String url, String key) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-API-KEY", key).timeout(Duration.ofSeconds(30)).build();
    }

    private static Result load(String name, String url, String key, int concurrency, Duration warmup, Duration duration)
            throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest req = request(url, key);
        run(client, req, concurrency, warmup, null);
        List<long[]> lat = new ArrayList<>();
        long[] errors = new long[1];
        long t0 = System.nanoTime();
        long n = run(client, req, concurrency, duration, lat, errors);
        double secs = (System.nanoTime() - t0) / 1e9;
        long[] all = lat.stream().flatMapToLong(Arrays::stream).filter(x -> x > 0).sorted().toArray();
        return new Result(name, n / secs, all[(int) (all.length * 0.50)] / 1e6, all[(int) Math.min(all.length - 1, all.length * 0.99)] / 1e6,
                n, errors[0]);
    }

    private static long run(HttpClient client, HttpRequest req, int concurrency, Duration d, List<long[]> lat)
            throws InterruptedException {
        return run(client, req, concurrency, d, lat, new long[1]);
    }

    private static long run(HttpClient client, HttpRequest req, int concurrency, Duration d, List<long[]> lat,
                            long[] errors) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        long[] counts = new long[concurrency];
        long[] errs = new long[concurrency];
        Thread[] threads = new Thread[concurrency];
        for (int i = 0; i < concurrency; i++) {
            int id = i;
            long[] mine = new long[4_000_000 / concurrency];
            if (lat != null) {
                lat.add(mine);
            }
            threads[i] = new Thread(() -> {
                int k = 0;
                while (!stop.get()) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errs[id]++;
                        }
                    } catch (Exception e) {
                        errs[id]++;
                    }
                    if (k < mine.length) {
                        mine[k++] = System.nanoTime() - s;
                    }
                    counts[id]++;
                }
            });
            threads[i].start();
        }
        Thread.sleep(d.toMillis());
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        errors[0] = Arrays.stream(errs).sum();
        return Arrays.stream(counts).sum();
    }

    /** Heap growth for 1M rows with 3 keys and 3,000 distinct paths, after GC. */
    static double arrivalLogMbPerMillion() {
        var mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = mem.getHeapMemoryUsage().getUsed();
        ArrivalRecorder log = new ArrivalRecorder();
        long t = 1_767_225_600_000_000L;
        for (int i = 0; i < 1_000_000; i++) {
            log.append(t + i * 85L, "fp" + (i % 3), i % 10 == 0 ? "POST" : "GET", "/api/v3/tickets/" + (i % 3000),
                    i % 50 == 0 ? 429 : 200, i % 50 == 0 ? 3 : -1);
        }
        System.gc();
        long after = mem.getHeapMemoryUsage().getUsed();
        if (log.size() != 1_000_000) {
            throw new IllegalStateException();
        }
        return (after - before) / 1e6;
    }
}
