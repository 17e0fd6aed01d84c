package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class JitterCheckTest {

    private static CheckResult run(List<Attempt> attempts) {
        return ComplianceCheck.builder().build().run(List.of(Logs.ok(Logs.T0, "k")), Optional.of(attempts),
                Optional.empty()).check(JitterCheck.ID).orElseThrow();
    }

    private static List<Attempt> delays(int n, long seed, DoubleUnaryOperator shape) {
        Random rnd = new Random(seed);
        List<Attempt> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int attempt = 1 + i % 5;
            double ceiling = 100 * Math.pow(2, attempt);
            out.add(Logs.backoff(attempt, ceiling * shape.applyAsDouble(rnd.nextDouble()), ceiling));
        }
        return out;
    }

    @Test
    void trueUniformSamplePasses() {
        CheckResult r = run(delays(400, 42, u -> u));
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(r.figure()).isGreaterThan(0.01);
    }

    @Test
    void skewedSampleFails() {
        CheckResult r = run(delays(400, 42, u -> u * u));
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.figure()).isLessThan(0.01);
    }

    @Test
    void equalJitterFails() {
        assertThat(run(delays(400, 7, u -> 0.5 + u / 2)).outcome()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void tooFewSamplesAreInconclusive() {
        CheckResult r = run(delays(19, 42, u -> u));
        assertThat(r.outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
        assertThat(r.gate()).isFalse();
    }

    @Test
    void withoutAnAttemptLogItIsInconclusive() {
        CheckResult r = ComplianceCheck.builder().build().run(List.of(Logs.ok(Logs.T0, "k")), Optional.empty(),
                Optional.empty()).check(JitterCheck.ID).orElseThrow();
        assertThat(r.outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
    }
}
