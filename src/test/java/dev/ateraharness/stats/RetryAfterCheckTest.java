package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import static dev.ateraharness.stats.Logs.MS;
import static dev.ateraharness.stats.Logs.SEC;
import static dev.ateraharness.stats.Logs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterCheckTest {

    private static CheckResult run(List<Arrival> arrivals, Optional<List<Attempt>> attempts) {
        return ComplianceCheck.builder().build().run(arrivals, attempts, Optional.empty())
                .check(RetryAfterCheck.ID).orElseThrow();
    }

    @Test
    void nextArrivalExactlyAtTheDeadlinePasses() {
        CheckResult r = run(List.of(Logs.limited(T0, "k", 5), Logs.ok(T0 + 5 * SEC, "k")), Optional.empty());
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(r.gate()).isTrue();
    }

    @Test
    void nextArrivalOneMillisecondEarlyIsCaught() {
        CheckResult r = run(List.of(Logs.limited(T0, "k", 5), Logs.ok(T0 + 5 * SEC - MS, "k")), Optional.empty());
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.figure()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> server = (Map<String, Object>) r.details().get("server");
        assertThat((double) server.get("worstEarlinessMs")).isEqualTo(1.0);
    }

    @Test
    void onlyTheSameKeysNextArrivalIsJudged() {
        CheckResult r = run(List.of(Logs.limited(T0, "k", 5), Logs.ok(T0 + SEC, "other"),
                Logs.ok(T0 + 6 * SEC, "k")), Optional.empty());
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void toleranceForgivesSmallEarliness() {
        List<Arrival> a = List.of(Logs.limited(T0, "k", 5), Logs.ok(T0 + 5 * SEC - MS, "k"));
        CheckResult r = ComplianceCheck.builder().retryAfterToleranceMs(2).build()
                .run(a, Optional.empty(), Optional.empty()).check(RetryAfterCheck.ID).orElseThrow();
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void clientSideRetryOneMillisecondEarlyIsCaught() {
        long recv = T0 + 100 * MS;
        Attempt first = Logs.attempt("/p", 1, T0, T0, recv, "retry", 2.0, 2000, Double.NaN);
        Attempt onTime = Logs.attempt("/p", 2, recv, recv + 2 * SEC, recv + 2 * SEC + 50 * MS, "ok", Double.NaN,
                Double.NaN, Double.NaN);
        assertThat(run(List.of(Logs.ok(T0, "k")), Optional.of(List.of(first, onTime))).outcome())
                .isEqualTo(CheckOutcome.PASS);
        Attempt early = Logs.attempt("/p", 2, recv, recv + 2 * SEC - MS, recv + 2 * SEC, "ok", Double.NaN,
                Double.NaN, Double.NaN);
        CheckResult r = run(List.of(Logs.ok(T0, "k")), Optional.of(List.of(first, early)));
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.figure()).isEqualTo(1);
    }

    @Test
    void noRetryAfterMeansNothingToViolate() {
        CheckResult r = run(List.of(Logs.ok(T0, "k"), Logs.ok(T0 + 1, "k")), Optional.empty());
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(r.figure()).isZero();
    }
}
