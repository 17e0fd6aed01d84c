package dev.ateraharness.compare.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateRatioTest {

    @Test
    void equalCountsOverEqualExposureGiveRatioOneWithAnIntervalAroundIt() {
        RatioInterval iv = RateRatio.of(100, 1000, 100, 1000, 0.95);
        assertThat(iv.ratio()).isEqualTo(1.0);
        assertThat(iv.low()).isLessThan(1).isGreaterThan(0.7);
        assertThat(iv.high()).isGreaterThan(1).isLessThan(1.4);
        // symmetric on the log scale: the candidate's share is 1/2
        assertThat(Math.log(iv.low())).isCloseTo(-Math.log(iv.high()), within(1e-9));
    }

    @Test
    void matchesTheClopperPearsonBoundsOfAKnownCase() {
        // x_B = 5 of n = 5: p in [0.025^(1/5), 1] => ratio low = p/(1-p)
        RatioInterval iv = RateRatio.of(0, 10, 5, 10, 0.95);
        double p = Math.pow(0.025, 1 / 5.0);
        assertThat(iv.low()).isCloseTo(p / (1 - p), within(1e-6));
        assertThat(iv.high()).isInfinite();
        assertThat(iv.ratio()).isInfinite();
    }

    @Test
    void exposureScalesTheRatio() {
        RatioInterval iv = RateRatio.of(50, 100, 50, 50, 0.95);
        assertThat(iv.ratio()).isEqualTo(2.0);
        assertThat(iv.low()).isGreaterThan(1.3);
    }

    @Test
    void noEventsOnEitherSideIsNotAComparison() {
        assertThat(RateRatio.of(0, 10, 0, 10, 0.95).ratio()).isNaN();
    }

    @Test
    void coverageOfTheIntervalIsAtLeastNominalOnSeededPoissonPairs() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        int covered = 0;
        int trials = 2000;
        for (int i = 0; i < trials; i++) {
            long a = poisson(r, 8);
            long b = poisson(r, 12);
            if (a + b == 0) {
                covered++;
                continue;
            }
            RatioInterval iv = RateRatio.of(a, 1, b, 1, 0.95);
            if (iv.low() <= 1.5 && 1.5 <= iv.high()) {
                covered++;
            }
        }
        assertThat(covered / (double) trials).isGreaterThanOrEqualTo(0.95);
    }

    private static long poisson(java.util.SplittableRandom r, double mean) {
        double l = Math.exp(-mean);
        long k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
