package dev.ateraharness.bench;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.limit.RedisLimiterConfig;
import dev.ateraharness.client.limit.RedisProcess;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stats.Arrival;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.ComplianceSettings;
import dev.ateraharness.stats.Evidence;
import dev.ateraharness.stats.RetryAfterGrace;
import dev.ateraharness.stats.WindowCheck;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.StubSettings;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Several JVM processes on one key against the stub, through one Redis: the Redis-backed exact limiter, and
 * Bucket4j's Lettuce-based distributed bucket (capacity N, greedy refill of N per W) driven the same way. Each
 * child runs {@code threads} threads that loop: permit, GET one page, complete the permit. The stub (limit N per W,
 * sliding log) records every arrival; the figures come from its arrival log: the most arrivals in any window of W
 * ({@link WindowCheck}, all statuses), and the fewest in a disjoint window of W after the first one (the windows
 * start at the first arrival; only whole windows count), as a share of N. Before the runs it times the acquire
 * round trip (one script call to the loopback Redis; a limiter of 1,000,000 per W, never saturated): p50, p99.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.RedisLimitRun
 * -Dbench= -Dbench.args="70 6 4 8 36 ours,bucket4j"} (N, W seconds, processes, threads per process, seconds of
 * load, modes; these are the defaults). Redis: redis-server from PATH, else the one embedded-redis ships.
 */
public final class RedisLimitRun {

    /** The machine is shared and may be loaded far past its cores: the bench measures the limit, not failover. */
    private static final Duration SLOW_MACHINE = Duration.ofSeconds(10);

    private RedisLimitRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 70;
        long wSeconds = args.length > 1 ? Long.parseLong(args[1]) : 6;
        int processes = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        long seconds = args.length > 4 ? Long.parseLong(args[4]) : 36;
        List<String> modes = Arrays.asList((args.length > 5 ? args[5] : "ours,bucket4j").split(","));
        try (RedisProcess redis = RedisProcess.startOnFreePort()) {
            roundTrip(redis.uri());
            System.out.printf(Locale.ROOT, "%-9s %5s %4s %9s %9s %6s %12s %16s%n", "mode", "N", "W_s",
                    "processes", "arrivals", "429s", "max_in_W", "min_W_after_1st");
            for (String mode : modes) {
                run(mode.strip(), redis.uri(), n, wSeconds, processes, threads, seconds);
            }
        }
        System.exit(0);
    }

    private static void roundTrip(URI redis) {
        RateLimiterRegistry r = RateLimiterRegistry.redis(RedisLimiterConfig.of(redis).withKeyPrefix("rtt:"));
        RateLimiter l = r.forFingerprint("rtt", RateLimiter.builder().limit(1_000_000));
        int warm = 2_000;
        int timed = 10_000;
        long[] t = new long[timed];
        for (int i = 0; i < warm + timed; i++) {
            long s = System.nanoTime();
            Permit p = l.acquire().join();
            long e = System.nanoTime();
            p.release();
            if (i >= warm) {
                t[i - warm] = e - s;
            }
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "acquire round trip on loopback Redis (%d sequential acquisitions): "
                + "p50 %.0f us, p99 %.0f us%n", timed, t[timed / 2] / 1e3, t[(int) (timed * 0.99)] / 1e3);
        r.close();
    }

    private static void run(String mode, URI redis, int n, long wSeconds, int processes, int threads,
                            long seconds) throws Exception {
        String key = "bench-" + UUID.randomUUID();
        Duration w = Duration.ofSeconds(wSeconds);
        String warmKey = "warm-" + UUID.randomUUID();
        try (AteraStub stub = AteraStub.start(StubSettings.builder().limit(n).window(w).port(0).key(key)
                .key(warmKey).build())) {
            long t0 = System.nanoTime();
            HttpResponse<String> warm = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/customers?page=1&itemsInPage=1"))
                            .header("X-API-KEY", warmKey).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf(Locale.ROOT, "(stub warm-up: %d in %.0f ms)%n", warm.statusCode(),
                    (System.nanoTime() - t0) / 1e6);
            String fp = ApiKeys.fingerprint(key);
            long startAt = System.currentTimeMillis() + 45_000; // the children's start-up on a busy machine
            List<Process> children = new ArrayList<>();
            for (int i = 0; i < processes; i++) {
                ProcessBuilder pb = new ProcessBuilder("java", "-Xmx512m", "-cp",
                        System.getProperty("java.class.path"), RedisLimitRun.class.getName(), "child", mode,
                        stub.baseUrl(), redis.toString(), Integer.toString(n), Long.toString(w.toMillis()),
                        Integer.toString(threads), Long.toString(startAt), Long.toString(startAt + seconds * 1000),
                        "run-" + key.substring(6, 14))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
                pb.environment().put("ATERA_API_KEY", key); // never an argument
                children.add(pb.start());
            }
            for (Process p : children) {
                if (!p.waitFor(seconds + 120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("a child did not finish");
                }
            }
            List<Arrival> arrivals = new ArrayList<>();
            stub.arrivals().forEach(a -> {
                if (a.key().equals(fp)) {
                    arrivals.add(new Arrival(a.epochMicros() * 1_000L, a.key(), a.method(),
                            a.path(), a.status(), Double.NaN));
                }
            });
            ComplianceSettings s = new ComplianceSettings(n, w, Set.of(), Map.of(), 2.0, 0.95, 0.01, 30, 5, 0, 0,
                    RetryAfterGrace.strict());
            CheckResult window = new WindowCheck().run(new Evidence(ArrivalLog.of(arrivals), Optional.empty(),
                    Optional.empty()), s);
            long[] times = arrivals.stream().mapToLong(Arrival::timeNanos).sorted().toArray();
            long rejected = arrivals.stream().filter(a -> a.status() == 429).count();
            System.out.printf(Locale.ROOT, "%-9s %5d %4d %9d %9d %6d %12.0f %15.1f%%%n", mode, n, wSeconds,
                    processes, times.length, rejected, window.figure(),
                    100.0 * minAfterFirst(times, w.toNanos()) / n);
        }
    }

    /** Fewest arrivals in the disjoint windows [t0 + jW, t0 + (j+1)W), j >= 1, that end before the last one. */
    static int minAfterFirst(long[] t, long w) {
        if (t.length == 0) {
            return 0;
        }
        long t0 = t[0];
        int whole = (int) ((t[t.length - 1] - t0) / w);
        int[] counts = new int[whole + 1];
        for (long x : t) {
            int j = (int) ((x - t0) / w);
            if (j < counts.length) {
                counts[j]++;
            }
        }
        int min = Integer.MAX_VALUE;
        for (int j = 1; j < whole; j++) {
            min = Math.min(min, counts[j]);
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private static void child(String[] a) throws Exception {
        String mode = a[1];
        URI base = URI.create(a[2]);
        URI redis = URI.create(a[3]);
        int n = Integer.parseInt(a[4]);
        Duration w = Duration.ofMillis(Long.parseLong(a[5]));
        int threads = Integer.parseInt(a[6]);
        long startAt = Long.parseLong(a[7]);
        long endAt = Long.parseLong(a[8]);
        String key = System.getenv("ATERA_API_KEY");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/customers?page=1&itemsInPage=1"))
                .header("X-API-KEY", key).timeout(Duration.ofSeconds(30)).GET().build();
        Gate gate;
        if (mode.equals("ours")) {
            RateLimiter limiter = RateLimiterRegistry.redis(RedisLimiterConfig.of(redis).withKeyPrefix(a[9] + ":").withCommandTimeout(SLOW_MACHINE))
                    .forFingerprint(ApiKeys.fingerprint(key), RateLimiter.builder().limit(n).window(w));
            gate = () -> limiter.acquire().join()::release;
            if (System.getenv("BENCH_DEBUG") != null) {
                Thread d = new Thread(() -> {
                    while (true) {
                        try {
                            Thread.sleep(1000);
                        } catch (InterruptedException e) {
                            return;
                        }
                        System.out.println("debug " + ProcessHandle.current().pid() + " waiting=" + limiter.waiting()
                                + " inFlight=" + limiter.inFlight() + " " + limiter);
                    }
                });
                d.setDaemon(true);
                d.start();
            }
        } else if (mode.equals("bucket4j")) {
            RedisClient client = RedisClient.create(redis.toString());
            Bucket bucket = Bucket4jLettuce.casBasedBuilder(client).build().builder().build(
                    (a[9] + ":" + ApiKeys.fingerprint(key)).getBytes(StandardCharsets.UTF_8),
                    () -> BucketConfiguration.builder()
                            .addLimit(Bandwidth.builder().capacity(n).refillGreedy(n, w).build()).build());
            gate = () -> {
                bucket.asBlocking().consume(1);
                return () -> { };
            };
        } else {
            throw new IllegalArgumentException("mode must be ours or bucket4j: " + mode);
        }
        // connect and warm up before the common start (a separate log in Redis, so nothing counts)
        if (mode.equals("ours")) {
            RateLimiterRegistry.redis(RedisLimiterConfig.of(redis).withKeyPrefix(a[9] + ":warm:").withCommandTimeout(SLOW_MACHINE))
                    .forFingerprint("warm", RateLimiter.builder()).acquire().join().release();
        }
        long late = System.currentTimeMillis() - startAt;
        if (late > 0) {
            System.out.println("child " + ProcessHandle.current().pid() + ": started " + late + " ms late");
        }
        Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.currentTimeMillis() < endAt) {
                    try {
                        Runnable done = gate.pass();
                        try {
                            http.send(get, HttpResponse.BodyHandlers.discarding());
                        } finally {
                            done.run();
                        }
                    } catch (Exception e) {
                        System.err.println("child: " + e);
                        return;
                    }
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.exit(0);
    }

    @FunctionalInterface
    private interface Gate {
        /** Waits for a permit; returns what completes it. */
        Runnable pass() throws Exception;
    }
}
