package dev.ateraharness.bench;

import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig.Accounting;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A saturated run of the client limiter in virtual time: 8 workers, each acquiring again 100 ms after its last
 * grant (demand ~80/s against a limit of ~11.7/s), on one limiter of N per W, for 10 windows, once per
 * accounting x guard x latency. Each request completes (its permit is completed) {@code latency} after its grant
 * and reaches the server at a uniform random time in between. Prints grants, utilisation (grants in [0, 10W) /
 * 10N), the sustained rate (W / mean(t[i] - t[i-N]) as a share of N/W: the steady state, free of where the run
 * happens to end), the same as a share of the completion model N/(W + latency + guard), and the most grants and
 * the most server arrivals in any window of W (two pointers).
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.SaturationRun -Dbench=
 * -Dbench.args="700 60 0,10,250 0,200,1000"} (N, W seconds, guards in ms, latencies in ms; these are the
 * defaults).
 */
public final class SaturationRun {

    private static final long MILLI = 1_000_000L;

    private SaturationRun() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 700;
        long windowSeconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        String[] guards = (args.length > 2 ? args[2] : "0,10,250").split(",");
        String[] latencies = (args.length > 3 ? args[3] : "0,200,1000").split(",");
        System.out.printf(Locale.ROOT, "%-11s %8s %10s %8s %12s %14s %16s %14s %16s%n", "accounting", "guard_ms",
                "latency_ms", "grants", "utilisation", "sustained_N/W", "of_N/(W+L+g)", "max_grants_W",
                "max_arrivals_W");
        for (Accounting a : Accounting.values()) {
            for (String g : guards) {
                for (String l : latencies) {
                    run(n, windowSeconds * 1_000_000_000L, a, Long.parseLong(g.trim()), Long.parseLong(l.trim()));
                }
            }
        }
    }

    private static void run(int n, long w, Accounting accounting, long guardMillis, long latencyMillis) {
        VirtualTime time = new VirtualTime();
        RateLimiter limiter = RateLimiter.builder().limit(n).window(Duration.ofNanos(w))
                .guard(Duration.ofMillis(guardMillis)).accounting(accounting).scheduler(time).build();
        long start = time.nanos();
        long end = start + 10 * w;
        long latency = latencyMillis * MILLI;
        Random random = new Random(1);
        List<Long> grants = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            Runnable[] loop = new Runnable[1];
            loop[0] = () -> limiter.acquire().thenAccept(p -> {
                long t = p.grantedNanos();
                grants.add(t - start);
                arrivals.add(t - start + (long) (random.nextDouble() * latency));
                time.schedule(latency, () -> p.complete(time.nanos()));
                if (t < end) {
                    time.schedule(100 * MILLI, loop[0]);
                }
            });
            time.schedule(0, loop[0]);
        }
        time.runUntil(end - 1);
        long[] t = grants.stream().mapToLong(Long::longValue).filter(x -> x < 10 * w).sorted().toArray();
        long[] a = arrivals.stream().mapToLong(Long::longValue).filter(x -> x < 10 * w).sorted().toArray();
        double meanSpan = 0;
        for (int i = n; i < t.length; i++) {
            meanSpan += t[i] - t[i - n];
        }
        meanSpan /= Math.max(1, t.length - n);
        double model = w + latency + guardMillis * MILLI;
        System.out.printf(Locale.ROOT, "%-11s %8d %10d %8d %11.2f%% %13.2f%% %15.2f%% %14d %16d%n", accounting,
                guardMillis, latencyMillis, t.length, 100.0 * t.length / (10.0 * n), 100.0 * w / meanSpan,
                100.0 * model / meanSpan, dev.ateraharness.stats.Figures.maxInWindow(t, Duration.ofNanos(w)),
                dev.ateraharness.stats.Figures.maxInWindow(a, Duration.ofNanos(w)));
    }
}
