package dev.ateraharness.compare.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapRatioTest {

    static double[] lognormal(long seed, int n, double median, double sigma) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double z = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
            out[i] = median * Math.exp(sigma * z);
        }
        return OrderStatistics.sorted(out);
    }

    @Test
    void sameSeedSameInterval() {
        double[] a = lognormal(1, 500, 20, 0.4);
        double[] b = lognormal(2, 500, 20, 0.4);
        assertThat(BootstrapRatio.of(a, b, 0.5, 1000, 0.95, 7)).isEqualTo(BootstrapRatio.of(a, b, 0.5, 1000, 0.95, 7));
    }

    @Test
    void theIntervalOfTheMedianRatioCoversTheTrueRatioAndExcludesOneWhenTwiceAsSlow() {
        double[] a = lognormal(3, 800, 20, 0.4);
        double[] b = lognormal(4, 800, 40, 0.4);
        RatioInterval iv = BootstrapRatio.of(a, b, 0.5, 2000, 0.95, 1);
        assertThat(iv.low()).isLessThan(2).isGreaterThan(1.6);
        assertThat(iv.high()).isGreaterThan(2).isLessThan(2.5);
    }

    @Test
    void coverageOverSeededSamePopulationPairsIsNearNominal() {
        int covered = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            double[] a = lognormal(100 + 2 * t, 300, 20, 0.5);
            double[] b = lognormal(101 + 2 * t, 300, 20, 0.5);
            RatioInterval iv = BootstrapRatio.of(a, b, 0.5, 500, 0.95, t);
            if (iv.low() <= 1 && 1 <= iv.high()) {
                covered++;
            }
        }
        assertThat(covered).isGreaterThanOrEqualTo(180);
    }

    @Test
    void aZeroBaselineHasNoRatio() {
        assertThat(BootstrapRatio.of(new double[] {0, 0, 0}, new double[] {1, 2, 3}, 0.5, 100, 0.95, 1).low()).isNaN();
        assertThat(BootstrapRatio.of(new double[0], new double[] {1}, 0.5, 100, 0.95, 1).ratio()).isNaN();
    }

    @Test
    void summaryKeepsMinMaxAndAtMostKPoints() {
        double[] s = lognormal(5, 10_000, 20, 0.5);
        double[] k = OrderStatistics.summary(s, 2000);
        assertThat(k).hasSize(2000);
        assertThat(k[0]).isEqualTo(s[0]);
        assertThat(k[1999]).isEqualTo(s[9999]);
        assertThat(OrderStatistics.quantile(k, 0.5)).isCloseTo(OrderStatistics.quantile(s, 0.5),
                org.assertj.core.api.Assertions.within(0.2));
        assertThat(OrderStatistics.summary(new double[] {1, 2}, 5)).containsExactly(1, 2);
    }
}
