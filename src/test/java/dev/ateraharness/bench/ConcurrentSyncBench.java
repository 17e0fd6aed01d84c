package dev.ateraharness.bench;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.PageConcurrency;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.ArrivalRecord;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.stats.Figures;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * One entity's sync against the real stub (HTTP on 127.0.0.1, strict sliding log of N per W per key) with the
 * client's page fan-out, once per stub latency: sync time against the floor {@code floor((R-1)/N) x W} for its R
 * requests, the most arrivals the stub saw in any window of W, 429s, and whether every ticket came exactly once.
 *
 * <p>Run (compressed, about a minute): {@code mvn -o -Pbench test-compile exec:exec
 * -Dbench.main=dev.ateraharness.bench.ConcurrentSyncBench -Dbench= -Dbench.args="10000 70 6"}; full scale (about
 * 2 minutes per latency): {@code -Dbench.args="100000 700 60"}. Exits 1 when a run broke an invariant (more than
 * N in a window at the stub, a 429, a ticket lost or repeated), so CI runs the compressed form as a check;
 * the times are figures, never gated. Compressed runs scale the latency with the window to keep the ratios
 * comparable: {@code "10000 70 6 0,fixed:20,lognormal:18:90"}. Arguments: tickets, N, W in seconds, latencies
 * ({@code 0,fixed:200,lognormal:180:900}: none, fixed ms, lognormal median and p99 ms), concurrency ({@code auto}).
 */
public final class ConcurrentSyncBench {

    static final String KEY = "bench-concurrent-key-0001";
    static final String WARM = "bench-warm-up-key-0002";
    static final double Z99 = 2.3263478740408408;
    /** Pages read on the warm-up key before the measured sync (fewer if N is smaller). */
    static final int WARM_UP_PAGES = 400;

    private ConcurrentSyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 700;
        Duration w = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
        String[] latencies = (args.length > 3 ? args[3] : "0,fixed:200,lognormal:180:900").split(",");
        PageConcurrency concurrency = PageConcurrency.parse(args.length > 4 ? args[4] : "auto");
        System.out.printf(Locale.ROOT, "%-20s %6s %8s %9s %9s %7s %7s %8s %6s %8s %6s%n", "latency", "items",
                "requests", "sync_s", "floor_s", "ratio", "over_s", "max_in_W", "429s", "each_once", "max_if");
        boolean held = true;
        for (String l : latencies) {
            held &= run(items, n, w, l.trim(), concurrency);
        }
        if (!held) {
            // the invariants, not the times: those depend on the machine and are figures, not gates
            System.out.println("FAILED: a run put more than N in some window, drew a 429 or lost or repeated a ticket");
            System.exit(1);
        }
    }

    static Latency latency(String spec) {
        String[] p = spec.split(":");
        return switch (p[0]) {
            case "0", "none" -> Latency.NONE;
            case "fixed" -> Latency.fixed(Double.parseDouble(p[1]));
            case "lognormal" -> Latency.lognormal(Double.parseDouble(p[1]),
                    Math.log(Double.parseDouble(p[2]) / Double.parseDouble(p[1])) / Z99);
            default -> throw new IllegalArgumentException("latency: 0, fixed:MS or lognormal:MEDIAN:P99, not " + spec);
        };
    }

    /** One sync; whether its invariants held (at most N in any window, no 429, every ticket exactly once). */
    private static boolean run(int items, int n, Duration w, String latencySpec, PageConcurrency concurrency)
            throws Exception {
        StubSettings settings = StubSettings.builder().key(KEY).key(WARM).limit(n).window(w)
                .dataSize("tickets", items)
                .faults(new FaultSettings(1, new FaultRule(0, 0, 0, 0, 0, 0, 0, latency(latencySpec)), Map.of()))
                .build();
        try (AteraStub stub = AteraStub.start(settings)) {
            // the stub builds its ticket table on the first read, and the JIT compiles the stub's page rendering
            // and the client's decoding on the first few hundred pages: do both on another key (under its own
            // limit), before the clock starts, so the figure is the schedule's and not a cold JVM's (a cold run at
            // 0 ms latency costs ~1 s more per window: the first window's spread is inherited by every later one)
            AteraClient warm = client(stub, WARM, n, w, PageConcurrency.sequential());
            warm.page(Endpoints.TICKETS, Query.none(), 1);
            int warmPages = Math.max(0, Math.min(WARM_UP_PAGES, n - 10));
            java.util.List<java.util.concurrent.CompletableFuture<?>> warming = new java.util.ArrayList<>();
            for (int i = 0; i < warmPages; i++) {
                warming.add(warm.pageAsync(Endpoints.TICKETS, Query.none(), 2 + i % Math.max(1, items / 50 - 1)));
            }
            java.util.concurrent.CompletableFuture.allOf(warming.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get();
            stub.arrivals().reset();
            AteraClient client = client(stub, KEY, n, w, concurrency);
            java.util.Set<Long> ids = new java.util.HashSet<>();
            long[] repeats = new long[1];
            SyncSummary s = client.syncAsync(Endpoints.TICKETS, Query.none(),
                    p -> p.items().forEach(t -> {
                        if (!ids.add(t.ticketID())) {
                            repeats[0]++;
                        }
                    }), dev.ateraharness.client.SyncListener.NONE).get();
            String fp = ApiKeys.fingerprint(KEY);
            long[] times = stub.arrivals().snapshot().stream().filter(a -> a.key().equals(fp))
                    .mapToLong(a -> a.epochMicros() * 1000).sorted().toArray();
            long rejected = stub.arrivals().snapshot().stream().filter(a -> a.status() == 429).count();
            int requests = s.requests();
            double floor = Figures.floorNanos(requests, n, w.toNanos()) / 1e9;
            double sync = s.duration().toNanos() / 1e9;
            boolean once = repeats[0] == 0 && ids.size() == items && s.itemsSeen() == items;
            System.out.printf(Locale.ROOT, "%-20s %6d %8d %9.2f %9.2f %7.3f %7.2f %8d %6d %8s %6d%n", latencySpec,
                    items, requests, sync, floor, floor == 0 ? Double.NaN : sync / floor, sync - floor,
                    Figures.maxInWindow(times, w), rejected, once ? "yes" : "NO",
                    s.keys().isEmpty() ? 1 : s.keys().get(0).maxInFlight());
            return once && rejected == 0 && Figures.maxInWindow(times, w) <= n;
        }
    }

    private static AteraClient client(AteraStub stub, String key, int n, Duration w, PageConcurrency c) {
        return AteraClient.create(AteraClientConfig.builder().baseUrl(stub.baseUrl())
                .credentials(Credentials.apiKey(key)).privateRegistries()
                .rateLimiter(new RateLimiterConfig(n, w, RateLimiterConfig.DEFAULT_GUARD))
                .requestTimeout(Duration.ofSeconds(60)).itemsInPage(50).pageConcurrency(c).build());
    }
}
