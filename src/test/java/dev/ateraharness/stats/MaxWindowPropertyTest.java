package dev.ateraharness.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.stats.internal.MaxWindow;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MaxWindowPropertyTest {

    @Property(tries = 500)
    void twoPointersEqualBruteForce(@ForAll @Size(max = 60) List<@LongRange(min = 0, max = 200) Long> raw,
                                    @ForAll @LongRange(min = 1, max = 80) long window,
                                    @ForAll @IntRange(min = 0, max = 10) int limit) {
        long[] t = raw.stream().mapToLong(Long::longValue).sorted().toArray();
        MaxWindow.Result r = MaxWindow.of(t, window, limit);
        int bruteMax = 0;
        long bruteViolating = 0;
        for (long start : t) {
            int c = 0;
            for (long x : t) {
                if (x >= start && x < start + window) {
                    c++;
                }
            }
            bruteMax = Math.max(bruteMax, c);
            if (c > limit) {
                bruteViolating++;
            }
        }
        // also every window start, not only arrivals: the busiest window starts at an arrival
        for (long start = -window; start <= 200; start++) {
            int c = 0;
            for (long x : t) {
                if (x >= start && x < start + window) {
                    c++;
                }
            }
            assertThat(c).isLessThanOrEqualTo(r.max());
        }
        assertThat(r.max()).isEqualTo(bruteMax);
        assertThat(r.violatingArrivals()).isEqualTo(bruteViolating);
        assertThat(r.maxExcess()).isEqualTo(Math.max(0, bruteMax - limit));
        int[] trailing = MaxWindow.trailingCounts(t, window);
        assertThat(Arrays.stream(trailing).max().orElse(0)).isEqualTo(bruteMax);
    }
}
