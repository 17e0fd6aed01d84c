package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MedianIntervalTest {

    @Test
    void thirtyRunsUseTheTenthAndTwentyFirstOrderStatistics() {
        double[] x = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i] = 30 - i; // reversed on purpose: the interval must sort
        }
        MedianInterval m = MedianInterval.of(x, 0.95);
        assertThat(m.low()).isEqualTo(10);
        assertThat(m.high()).isEqualTo(21);
        assertThat(m.median()).isEqualTo(15.5);
        assertThat(m.coverage()).isCloseTo(0.957, within(0.001));
    }

    @Test
    void tooFewRunsFallBackToMinMaxWithTheirTrueCoverage() {
        MedianInterval m = MedianInterval.of(new double[] {3, 1, 2}, 0.95);
        assertThat(m.low()).isEqualTo(1);
        assertThat(m.high()).isEqualTo(3);
        assertThat(m.coverage()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void theIntervalCoversTheTrueMedianAsOftenAsItClaims() {
        // exponential(1): median ln 2; 2000 experiments of R = 30
        SplittableRandom rng = new SplittableRandom(3);
        int covered = 0;
        int experiments = 2000;
        for (int e = 0; e < experiments; e++) {
            double[] x = new double[30];
            for (int i = 0; i < x.length; i++) {
                x[i] = -Math.log(1 - rng.nextDouble());
            }
            MedianInterval m = MedianInterval.of(x, 0.95);
            if (m.low() <= Math.log(2) && Math.log(2) <= m.high()) {
                covered++;
            }
        }
        // claimed 95.7 %; binomial sd over 2000 experiments ~0.45 %
        assertThat(covered / (double) experiments).isBetween(0.94, 0.972);
    }
}
