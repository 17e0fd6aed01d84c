package dev.ateraharness.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** What each algorithm promises about admissions in any window [t, t+W), checked on random arrival streams. */
class WindowLimiterPropertiesTest {

    private static final long W = 1_000_000_000L;

    @Property(tries = 200)
    void slidingLogNeverAdmitsMoreThanNInAnyWindow(@ForAll @IntRange(min = 1, max = 150) int n, // > 64: ring growth
                                                   @ForAll @Size(min = 1, max = 400) List<@LongRange(min = 0, max = 20_000_000L) Long> gaps,
                                                   @ForAll boolean rejectedCount) {
        assertThat(maxInWindow(admitted(new SlidingLogLimiter(n, W, rejectedCount), gaps))).isLessThanOrEqualTo(n);
    }

    @Property(tries = 200)
    void fixedWindowAdmitsAtMostNPerAlignedWindowAnd2NInAny(@ForAll @IntRange(min = 1, max = 20) int n,
                                                           @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 200_000_000L) Long> gaps) {
        List<Long> a = admitted(new FixedWindowLimiter(n, W, false), gaps);
        assertThat(maxInWindow(a)).isLessThanOrEqualTo(2 * n);
        a.stream().collect(java.util.stream.Collectors.groupingBy(t -> Math.floorDiv(t, W)))
                .values().forEach(g -> assertThat(g.size()).isLessThanOrEqualTo(n));
    }

    @Property(tries = 200)
    void tokenBucketAdmitsAtMost2NMinus1InAnyWindow(@ForAll @IntRange(min = 1, max = 20) int n,
                                                    @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 200_000_000L) Long> gaps) {
        assertThat(maxInWindow(admitted(new TokenBucketLimiter(n, W), gaps))).isLessThanOrEqualTo(2 * n - 1);
    }

    @Property(tries = 100)
    void aRejectionsRetryAfterIsExactForTheSlidingLog(@ForAll @IntRange(min = 1, max = 10) int n,
                                                      @ForAll @Size(min = 1, max = 100) List<@LongRange(min = 0, max = 100_000_000L) Long> gaps) {
        SlidingLogLimiter l = new SlidingLogLimiter(n, W, false);
        long t = 0;
        for (long g : gaps) {
            t += g;
            WindowLimiter.Decision d = l.tryAcquire(t);
            if (!d.allowed()) {
                assertThat(l.nextAdmissionNanos(t + d.retryAfterNanos() - 1)).isGreaterThan(t + d.retryAfterNanos() - 1);
                assertThat(l.nextAdmissionNanos(t + d.retryAfterNanos())).isEqualTo(t + d.retryAfterNanos());
            }
        }
    }

    @Property(tries = 100)
    void slidingLogRemainingMatchesABruteForceCount(@ForAll @IntRange(min = 1, max = 100) int n,
                                                    @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 30_000_000L) Long> gaps) {
        SlidingLogLimiter l = new SlidingLogLimiter(n, W, false);
        List<Long> admitted = new ArrayList<>();
        long t = 0;
        for (long g : gaps) {
            t += g;
            WindowLimiter.Decision d = l.tryAcquire(t);
            if (d.allowed()) {
                admitted.add(t);
            }
            long now = t;
            long inWindow = admitted.stream().filter(a -> a > now - W).count();
            assertThat(d.remaining()).isEqualTo((int) Math.max(0, n - inWindow));
        }
    }

    private static List<Long> admitted(WindowLimiter l, List<Long> gaps) {
        List<Long> out = new ArrayList<>();
        long t = 5 * W; // away from 0 so floorDiv-aligned windows are exercised
        for (long g : gaps) {
            t += g;
            if (l.tryAcquire(t).allowed()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Two pointers over sorted times: most arrivals in any half-open [s, s+W). */
    static int maxInWindow(List<Long> sorted) {
        int best = 0;
        int lo = 0;
        for (int hi = 0; hi < sorted.size(); hi++) {
            while (sorted.get(hi) - sorted.get(lo) >= W) {
                lo++;
            }
            best = Math.max(best, hi - lo + 1);
        }
        return best;
    }
}
