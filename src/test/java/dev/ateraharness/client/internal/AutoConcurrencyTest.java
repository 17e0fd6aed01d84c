package dev.ateraharness.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The auto rule: Little's law plus a margin, never below 1, above the cap, or above the limit. */
class AutoConcurrencyTest {

    static final long MS = 1_000_000L;
    static final long W = 60_010 * MS; // 60 s + the default 10 ms guard

    @Test
    void littlesLawPlusAQuarterPlusTwo() {
        // 700 / 60.01 s x 200 ms = 2.33 in flight; x 1.25 = 2.92 -> 3, + 2
        assertThat(AutoConcurrency.target(700, W, 200 * MS, 16)).isEqualTo(5);
        // lognormal median 180 ms, p99 900 ms has a mean of about 229 ms: 2.67 x 1.25 = 3.34 -> 4, + 2
        assertThat(AutoConcurrency.target(700, W, 229 * MS, 16)).isEqualTo(6);
        assertThat(AutoConcurrency.target(700, W, 0, 16)).isEqualTo(2);
    }

    @Test
    void growsWithLatencyUpToTheCap() {
        assertThat(AutoConcurrency.target(700, W, 1000 * MS, 16)).isEqualTo(17 > 16 ? 16 : 17);
        assertThat(AutoConcurrency.target(700, W, 5000 * MS, 16)).isEqualTo(16);
        assertThat(AutoConcurrency.target(700, W, 5000 * MS, 64)).isEqualTo(75 > 64 ? 64 : 75);
    }

    @Test
    void neverMoreThanTheLimitAdmitsNorBelowOne() {
        assertThat(AutoConcurrency.target(10, 1000 * MS, 10_000 * MS, 16)).isEqualTo(10);
        assertThat(AutoConcurrency.target(1, 1000 * MS, 10_000 * MS, 16)).isEqualTo(1);
    }

    @Test
    void withNobodyWaitingInTheLimiterItGoesToTheCapBoundedByTheLimit() {
        assertThat(AutoConcurrency.target(700, W, 200 * MS, 16, 0)).isEqualTo(16);
        assertThat(AutoConcurrency.target(10, W, 200 * MS, 16, 0)).isEqualTo(10);
        assertThat(AutoConcurrency.target(700, W, 200 * MS, 16, 3)).isEqualTo(5);
    }

    @Test
    void withoutAKnownLimitItUsesTheCap() {
        assertThat(AutoConcurrency.target(0, 0, 200 * MS, 16)).isEqualTo(16);
    }
}
