package dev.ateraharness.bench;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The cost of the grant + complete path: our limiter with completion accounting ({@code acquire()}, which returns
 * a completed future, or {@code tryAcquire()}, then {@code release()}), the same grant alone under grant
 * accounting, against Bucket4j's {@code tryConsume(1)}, all configured for 700 per 60 s, uncontended and with
 * 2 threads on one shared limiter.
 *
 * <p>What it measures: both read a shared fake clock that advances 1 s per read, so the limit is always out of
 * reach and every call is a grant (the ring's oldest entry is ~700 s old; the bucket is always refilled). It thus
 * times clock reads + locks/CAS + bookkeeping (+ the future for acquire(); release() takes the lock and reads the
 * clock a second time), not waiting, which no benchmark should
 * time. The fake clock is the same for both, and its contended AtomicLong is part of both figures.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench=LimiterBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LimiterBenchmark {

    private static final long STEP = 1_000_000_000L;

    private final AtomicLong fakeNanos = new AtomicLong(1_767_225_600_000_000_000L);
    private RateLimiter ours;
    private RateLimiter oursGrant;
    private Bucket bucket;

    @Setup
    public void setUp() {
        Clock clock = () -> fakeNanos.addAndGet(STEP);
        Scheduler scheduler = new Scheduler() {
            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Cancellable schedule(long delayNanos, Runnable task) {
                throw new IllegalStateException("the grant path never schedules");
            }
        };
        ours = RateLimiter.builder().config(RateLimiterConfig.defaults()).scheduler(scheduler).build();
        oursGrant = RateLimiter.builder().config(RateLimiterConfig.defaults())
                .accounting(RateLimiterConfig.Accounting.GRANT).scheduler(scheduler).build();
        TimeMeter meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return fakeNanos.addAndGet(STEP);
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        bucket = Bucket.builder()
                .addLimit(l -> l.capacity(700).refillGreedy(700, Duration.ofSeconds(60)))
                .withCustomTimePrecision(meter).build();
    }

    @Benchmark
    @Threads(1)
    public Permit oursAcquireComplete1Thread() {
        Permit p = ours.acquire().join();
        p.release();
        return p;
    }

    @Benchmark
    @Threads(1)
    public Permit oursTryAcquireComplete1Thread() {
        Permit p = ours.tryAcquire().orElseThrow();
        p.release();
        return p;
    }

    @Benchmark
    @Threads(1)
    public Permit oursGrantAccountingTryAcquire1Thread() {
        return oursGrant.tryAcquire().orElseThrow();
    }

    @Benchmark
    @Threads(1)
    public boolean bucket4jTryConsume1Thread() {
        return bucket.tryConsume(1);
    }

    @Benchmark
    @Threads(2)
    public Permit oursAcquireComplete2Threads() {
        Permit p = ours.acquire().join();
        p.release();
        return p;
    }

    @Benchmark
    @Threads(2)
    public Permit oursTryAcquireComplete2Threads() {
        Permit p = ours.tryAcquire().orElseThrow();
        p.release();
        return p;
    }

    @Benchmark
    @Threads(2)
    public boolean bucket4jTryConsume2Threads() {
        return bucket.tryConsume(1);
    }
}
