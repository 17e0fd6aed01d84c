package dev.ateraharness.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ateraharness.stats.internal.Garwood;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GarwoodTest {

    /** Exact 95% Poisson limits as tabulated (e.g. Ulm 1990; the Garwood table in most epidemiology texts). */
    @ParameterizedTest
    @CsvSource({
        "0, 0, 3.689",
        "1, 0.0253, 5.572",
        "2, 0.2422, 7.225",
        "5, 1.623, 11.67",
        "10, 4.795, 18.39",
        "20, 12.22, 30.89",
        "50, 37.11, 65.92",
    })
    void matchesPublishedNinetyFivePercentLimits(long x, double lower, double upper) {
        double[] ci = Garwood.interval(x, 0.95);
        assertThat(ci[0]).isCloseTo(lower, within(lowerTolerance(lower)));
        assertThat(ci[1]).isCloseTo(upper, within(upper * 5e-4 + 1e-3));
    }

    private static double lowerTolerance(double published) {
        return published == 0 ? 0 : published * 5e-4 + 1e-4;
    }
}
