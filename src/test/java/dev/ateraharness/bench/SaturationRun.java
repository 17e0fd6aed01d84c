package dev.ateraharness.bench;

import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A saturated run of the client limiter in virtual time: 8 closed-loop workers (100 ms "response time" between a
 * grant and the next acquire, so demand is ~80/s against a limit of ~11.7/s) on one limiter of N per W, for 10
 * windows, once per guard. Prints grants, utilisation (grants in [0, 10W) / 10N), the sustained rate
 * (W / mean(t[i] - t[i-N]) as a share of N/W: the steady state, free of where the run happens to end) and the
 * most grants in any window of W (two pointers). The difference between guards is the guard's cost.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.SaturationRun -Dbench=
 * -Dbench.args="700 60 0,250"} (N, W seconds, guards in ms; these are the defaults).
 */
public final class SaturationRun {

    private SaturationRun() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 700;
        long windowSeconds = args.length > 1 ? Long.parseLong(args[1]) : 60;
        String[] guards = (args.length > 2 ? args[2] : "0,250").split(",");
        System.out.printf(Locale.ROOT, "%-9s %8s %12s %10s %15s%n", "guard_ms", "grants", "utilisation",
                "sustained", "max_in_window");
        for (String g : guards) {
            run(n, windowSeconds * 1_000_000_000L, Long.parseLong(g.trim()));
        }
    }

    private static void run(int n, long w, long guardMillis) {
        VirtualTime time = new VirtualTime();
        RateLimiter limiter = RateLimiter.builder().limit(n).window(Duration.ofNanos(w))
                .guard(Duration.ofMillis(guardMillis)).scheduler(time).build();
        long start = time.nanos();
        long end = start + 10 * w;
        List<Long> grants = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            Runnable[] loop = new Runnable[1];
            loop[0] = () -> limiter.acquire().thenAccept(t -> {
                grants.add(t - start);
                if (t < end) {
                    time.schedule(100_000_000L, loop[0]);
                }
            });
            time.schedule(0, loop[0]);
        }
        time.runUntil(end - 1);
        long[] t = grants.stream().mapToLong(Long::longValue).filter(x -> x < 10 * w).sorted().toArray();
        double meanSpan = 0;
        for (int i = n; i < t.length; i++) {
            meanSpan += t[i] - t[i - n];
        }
        meanSpan /= Math.max(1, t.length - n);
        System.out.printf(Locale.ROOT, "%-9d %8d %11.2f%% %9.2f%% %15d%n", guardMillis, t.length,
                100.0 * t.length / (10.0 * n), 100.0 * w / meanSpan, maxInWindow(t, w));
    }

    private static int maxInWindow(long[] t, long w) {
        long[] s = Arrays.copyOf(t, t.length);
        Arrays.sort(s);
        int best = 0;
        for (int i = 0, j = 0; i < s.length; i++) {
            while (s[i] - s[j] >= w) {
                j++;
            }
            best = Math.max(best, i - j + 1);
        }
        return best;
    }
}
