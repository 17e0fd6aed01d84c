package dev.ateraharness.client.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.time.SystemTime;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The Redis-backed limiter against a real redis-server ({@link RedisProcess}), in real time with compressed
 * windows. Two registries stand for two processes: each has its own Lettuce client and its own limiter objects,
 * and they share nothing but Redis. Assertions are on order and on bounds the limit implies, never on how fast.
 */
class RedisRateLimiterAcceptanceTest {

    private static RedisProcess redis;
    private final List<RateLimiterRegistry> registries = new ArrayList<>();
    private String prefix;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisProcess.startOnFreePort();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @AfterEach
    void closeRegistries() {
        registries.forEach(RateLimiterRegistry::close);
    }

    private RateLimiter process(RedisLimiterConfig settings, RateLimiterBuilder b, TestInfo info) {
        prefix = "test:" + info.getDisplayName() + ":";
        // a private registry per "process" (the static redis(...) cache would share one)
        RateLimiterRegistry r = RateLimiterRegistry.redis(settings.withKeyPrefix(prefix)
                .withMaxRecheck(Duration.ofMillis(500 + registries.size())));
        registries.add(r);
        return r.forFingerprint("fp-test", b.scheduler(SystemTime.INSTANCE));
    }

    private RateLimiter process(RateLimiterBuilder b, TestInfo info) {
        // a generous timeout: a loaded machine must not turn these tests into failover tests
        return process(RedisLimiterConfig.of(redis.uri()).withCommandTimeout(Duration.ofSeconds(10)), b, info);
    }

    private static RateLimiterBuilder limit(int n, long windowMillis) {
        return RateLimiter.builder().limit(n).window(Duration.ofMillis(windowMillis)).guard(Duration.ZERO);
    }

    private static long now() {
        return SystemTime.INSTANCE.nanos();
    }

    /** Largest number of times in any half-open window of {@code w} nanos. */
    static int maxInWindow(List<Long> times, long w) {
        List<Long> t = new ArrayList<>(times);
        Collections.sort(t);
        int best = 0;
        for (int i = 0, j = 0; j < t.size(); j++) {
            while (t.get(j) - t.get(i) >= w) {
                i++;
            }
            best = Math.max(best, j - i + 1);
        }
        return best;
    }

    @Test
    void twoProcessesOnOneKeyShareOneExactLog(TestInfo info) throws Exception {
        int n = 10;
        long w = 400;
        RateLimiter a = process(limit(n, w), info);
        RateLimiter b = process(limit(n, w), info);
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        long end = now() + TimeUnit.MILLISECONDS.toNanos(2_000);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RateLimiter l = i % 2 == 0 ? a : b;
            Thread t = new Thread(() -> {
                while (now() < end) {
                    Permit p = l.acquire().join();
                    grants.add(now()); // at or after Redis granted it: a stand-in for the arrival
                    try {
                        Thread.sleep(1 + (p.grantedNanos() % 20));
                    } catch (InterruptedException e) {
                        return;
                    }
                    p.release();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertThat(maxInWindow(grants, TimeUnit.MILLISECONDS.toNanos(w))).isEqualTo(n);
        assertThat(grants.size()).as("the load saturated the limit for several windows").isGreaterThan(3 * n);
    }

    @Test
    void aPermitHoldsItsSlotInEveryProcessUntilCompleted(TestInfo info) throws Exception {
        RateLimiter a = process(limit(2, 200), info);
        RateLimiter b = process(limit(2, 200), info);
        Permit p1 = a.acquire().get(5, TimeUnit.SECONDS);
        Permit p2 = a.acquire().get(5, TimeUnit.SECONDS);
        assertThat(a.inFlight()).isEqualTo(2);
        // in flight for 600 ms, three windows: the other process gets nothing
        assertThat(b.acquireBlocking(Duration.ofMillis(600))).isEmpty();
        long completed = now();
        p1.complete(completed);
        p2.complete(completed);
        Permit p3 = b.acquire().get(5, TimeUnit.SECONDS);
        assertThat(p3.grantedNanos() - completed).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        assertThat(a.inFlight()).isZero();
    }

    @Test
    void aCrashedProcessPermitsExpireAfterTheInFlightCap(TestInfo info) throws Exception {
        RateLimiterBuilder b = limit(1, 100).inFlightCap(Duration.ofMillis(400));
        RateLimiter crashed = process(b, info);
        // the slot is dated by Redis when the script runs, which is after this send and before the reply: measuring
        // from the send (not from the local grant, stamped a reply's latency later) keeps the bound exact
        long sent = now();
        crashed.acquire().get(5, TimeUnit.SECONDS);
        registries.get(0).close(); // the process dies with its permit in flight
        RateLimiter survivor = process(b, info);
        Permit p = survivor.acquire().get(5, TimeUnit.SECONDS);
        // in-flight cap 400 ms + window 100 ms after the slot was taken
        assertThat(p.grantedNanos() - sent).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(500));
    }

    @Test
    void aRetryAfterSeenByOneProcessHoldsEveryProcess(TestInfo info) throws Exception {
        RateLimiter a = process(limit(100, 1_000), info);
        RateLimiter b = process(limit(100, 1_000), info);
        a.acquire().get(5, TimeUnit.SECONDS).release(); // both connected
        b.acquire().get(5, TimeUnit.SECONDS).release();
        long until = now() + TimeUnit.MILLISECONDS.toNanos(500);
        a.holdUntil(until);
        Thread.sleep(50); // the hold is sent without waiting for it
        Permit p = b.acquire().get(5, TimeUnit.SECONDS);
        assertThat(p.grantedNanos()).isGreaterThanOrEqualTo(until);
    }

    @Test
    void waitersOfOneProcessAreGrantedInArrivalOrder(TestInfo info) throws Exception {
        RateLimiter a = process(limit(3, 150), info);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Permit>> fs = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            int id = i;
            fs.add(a.acquire().whenComplete((p, e) -> {
                order.add(id);
                p.release();
            }));
        }
        CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void processesWithOtherSettingsOnOneKeyAreRefused(TestInfo info) throws Exception {
        RateLimiter a = process(limit(10, 1_000), info);
        RateLimiter b = process(limit(20, 1_000), info);
        a.acquire().get(5, TimeUnit.SECONDS).release();
        assertThatThrownBy(() -> b.acquire().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("same limiter settings");
    }

    @Test
    void anUnreachableRedisGrantsNothingAndSaysSo(TestInfo info) throws Exception {
        URI nowhere = URI.create("redis://127.0.0.1:" + freePort());
        RateLimiter a = process(RedisLimiterConfig.of(nowhere).withCommandTimeout(Duration.ofMillis(300)),
                limit(10, 1_000), info);
        assertThatThrownBy(() -> a.acquire().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(RedisLimiterUnavailableException.class)
                .hasMessageContaining("Redis at " + nowhere).hasMessageContaining("no request sent");
        assertThat(a.inFlight()).isZero();
    }

    @Test
    void theLocalFallbackGrantsNOverKWhileRedisIsOutAndHandsBackAfter(TestInfo info) throws Exception {
        int port = freePort();
        URI later = URI.create("redis://127.0.0.1:" + port);
        RateLimiter a = process(RedisLimiterConfig.of(later).withCommandTimeout(Duration.ofMillis(300))
                .withFallback(2), limit(10, 300), info);
        List<Long> grants = new ArrayList<>();
        long end = now() + TimeUnit.MILLISECONDS.toNanos(1_000);
        while (now() < end) {
            Permit p = a.acquire().get(10, TimeUnit.SECONDS);
            // the limiter's own grant time: a time taken here, after get() returns, bunches up on a busy machine
            grants.add(p.grantedNanos());
            p.release();
        }
        assertThat(((dev.ateraharness.client.limit.internal.RedisRateLimiter) a).inFallback()).isTrue();
        assertThat(maxInWindow(grants, TimeUnit.MILLISECONDS.toNanos(300))).isEqualTo(5);
        try (RedisProcess late = RedisProcess.startOn(port)) {
            long deadline = now() + TimeUnit.SECONDS.toNanos(10);
            while (((dev.ateraharness.client.limit.internal.RedisRateLimiter) a).inFallback() && now() < deadline) {
                Thread.sleep(50);
            }
            assertThat(((dev.ateraharness.client.limit.internal.RedisRateLimiter) a).inFallback()).isFalse();
            a.acquire().get(10, TimeUnit.SECONDS).release();
        }
    }

    @Test
    void killingAndRestartingRedisMidRunFailsClosedAndResumesWithinTheLimit(TestInfo info) throws Exception {
        int n = 8;
        long w = 300;
        try (RedisProcess own = RedisProcess.startOnFreePort()) {
            RateLimiter a = process(RedisLimiterConfig.of(own.uri()).withCommandTimeout(Duration.ofMillis(300)),
                    limit(n, w), info);
            RateLimiter b = process(RedisLimiterConfig.of(own.uri()).withCommandTimeout(Duration.ofMillis(300)),
                    limit(n, w), info);
            List<Long> grants = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger other = new AtomicInteger();
            long end = now() + TimeUnit.MILLISECONDS.toNanos(3_000);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                RateLimiter l = i % 2 == 0 ? a : b;
                Thread t = new Thread(() -> {
                    while (now() < end) {
                        try {
                            Permit p = l.acquire().get(5, TimeUnit.SECONDS);
                            grants.add(now());
                            Thread.sleep(5);
                            p.release();
                        } catch (ExecutionException e) {
                            if (e.getCause() instanceof RedisLimiterUnavailableException) {
                                refused.incrementAndGet();
                            } else {
                                other.incrementAndGet();
                            }
                        } catch (Exception e) {
                            other.incrementAndGet();
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            Thread.sleep(800);
            own.kill();
            long killed = now();
            Thread.sleep(700);
            long restarted = now();
            own.start();
            for (Thread t : threads) {
                t.join(15_000);
            }
            assertThat(other.get()).isZero();
            assertThat(refused.get()).as("acquisitions while Redis was down failed, typed").isPositive();
            assertThat(grants.stream().filter(g -> g > killed + TimeUnit.MILLISECONDS.toNanos(50)
                    && g < restarted).count()).as("nothing granted while Redis was down").isZero();
            assertThat(grants.stream().filter(g -> g > restarted).count()).as("grants resumed").isPositive();
            assertThat(maxInWindow(grants, TimeUnit.MILLISECONDS.toNanos(w))).isLessThanOrEqualTo(n);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
