package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffGrowthCheckTest {

    private static CheckResult run(List<Attempt> attempts, double multiplier) {
        return ComplianceCheck.builder().backoffMultiplier(multiplier).build()
                .run(List.of(Logs.ok(Logs.T0, "k")), Optional.of(attempts), Optional.empty())
                .check(BackoffGrowthCheck.ID).orElseThrow();
    }

    private static List<Attempt> exact(double base, double factor, int attempts) {
        List<Attempt> out = new ArrayList<>();
        for (int n = 1; n <= attempts; n++) {
            double d = base * Math.pow(factor, n);
            out.add(Logs.backoff(n, d, d));
        }
        return out;
    }

    @Test
    void exactExponentialDelaysRecoverLn2() {
        CheckResult r = run(exact(100, 2, 6), 2);
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(r.figure()).isCloseTo(Math.log(2), within(1e-12));
        assertThat((double) r.details().get("rSquared")).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void tripledDelaysFailAgainstDoubling() {
        CheckResult r = run(exact(100, 3, 6), 2);
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.figure()).isCloseTo(Math.log(3), within(1e-12));
    }

    @Test
    void fullJitterKeepsTheSlope() {
        Random rnd = new Random(1);
        List<Attempt> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int n = 1 + i % 6;
            double ceiling = 100 * Math.pow(2, n);
            rows.add(Logs.backoff(n, ceiling * (1 - rnd.nextDouble()), ceiling));
        }
        assertThat(run(rows, 2).outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void cappedDelaysAreLeftOut() {
        List<Attempt> rows = new ArrayList<>(exact(100, 2, 5)); // ceilings 200..3200
        for (int n = 6; n <= 10; n++) {
            rows.add(Logs.backoff(n, 3200, 3200)); // the cap holds the ceiling
        }
        CheckResult r = run(rows, 2);
        assertThat(r.details().get("points")).isEqualTo(5L);
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void tooFewPointsAreInconclusive() {
        assertThat(run(exact(100, 2, 2), 2).outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
    }
}
