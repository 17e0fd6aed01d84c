package dev.ateraharness.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearLimitWindowsTest {

    private static long[] bursts(int perBurst, long... starts) {
        long[] t = new long[perBurst * starts.length];
        int k = 0;
        for (long s : starts) {
            for (int i = 0; i < perBurst; i++) {
                t[k++] = s + i;
            }
        }
        return t;
    }

    @Test
    void counts_disjoint_windows_near_the_limit_whatever_the_tail() {
        // bursts of 10 every 7 units, W = 6: each burst is its own near-limit window; a short tail adds none
        long[] t = bursts(10, 0, 7_000, 14_000);
        assertThat(Figures.nearLimitWindows(t, 6_000, 9)).isEqualTo(3);
        long[] withTail = java.util.Arrays.copyOf(t, t.length + 2);
        withTail[t.length] = 21_000;
        withTail[t.length + 1] = 21_001;
        assertThat(Figures.nearLimitWindows(withTail, 6_000, 9)).isEqualTo(3);
    }

    @Test
    void a_client_far_under_the_limit_has_none() {
        assertThat(Figures.nearLimitWindows(bursts(5, 0, 7_000, 14_000, 21_000), 6_000, 9)).isZero();
    }
}
