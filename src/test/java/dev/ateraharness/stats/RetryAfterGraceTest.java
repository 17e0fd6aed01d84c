package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import static dev.ateraharness.stats.Logs.MS;
import static dev.ateraharness.stats.Logs.SEC;
import static dev.ateraharness.stats.Logs.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server-side Retry-After rule with a grace for requests in flight when the 429 went out. */
class RetryAfterGraceTest {

    /** Four workers on one key: the 429 at T0 finds three requests already on the wire (arriving within 20 ms). */
    private static List<Arrival> concurrentGoodClient() {
        return List.of(Logs.limited(T0, "k", 2), Logs.limited(T0 + 5 * MS, "k", 2), Logs.limited(T0 + 12 * MS, "k", 2),
                Logs.limited(T0 + 20 * MS, "k", 2), Logs.ok(T0 + 2 * SEC + 25 * MS, "k"), Logs.ok(T0 + 2 * SEC + 30 * MS, "k"));
    }

    /** Ignores Retry-After: after each 429 it retries about one round trip (10 ms) later, again and again. */
    private static List<Arrival> hammeringClient() {
        List<Arrival> a = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            a.add(Logs.limited(T0 + i * 10 * MS, "k", 2));
        }
        return a;
    }

    /** Answered attempts whose round trips are 10..14 ms. */
    private static List<Attempt> attemptsWithRoundTrips() {
        List<Attempt> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long sent = T0 - SEC + i * MS;
            out.add(Logs.attempt("/p" + i, 1, sent, sent, sent + (10 + i % 5) * MS, "ok", Double.NaN, Double.NaN,
                    Double.NaN));
        }
        return out;
    }

    private static CheckResult run(RetryAfterGrace g, List<Arrival> arrivals, Optional<List<Attempt>> attempts) {
        return ComplianceCheck.builder().retryAfterGrace(g).build().run(arrivals, attempts, Optional.empty())
                .check(RetryAfterCheck.ID).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> server(CheckResult r) {
        return (Map<String, Object>) r.details().get("server");
    }

    @Test
    void strictFailsACorrectConcurrentClientThroughRequestsInFlight() {
        assertThat(run(RetryAfterGrace.strict(), concurrentGoodClient(), Optional.empty()).outcome())
                .isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void aGraceOfOneRoundTripExcusesThemAndStillJudgesTheNextArrival() {
        CheckResult r = run(RetryAfterGrace.fixed(Duration.ofMillis(25)), concurrentGoodClient(), Optional.empty());
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(server(r).get("excusedInFlight")).isEqualTo(3L);
        assertThat((long) server(r).get("retryAfterFollowed")).isPositive();
    }

    @Test
    void autoTakesTheP99RoundTripFromTheAttemptLog() {
        CheckResult r = run(RetryAfterGrace.auto(), concurrentGoodClient(), Optional.of(attemptsWithRoundTrips()));
        assertThat(server(r).get("graceMs")).isEqualTo(14.0);
        // 14 ms covers the arrivals at 5 and 12 ms but not the one at 20 ms: that one is judged and is early
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(server(r).get("excusedInFlight")).isEqualTo(2L);
    }

    @Test
    void autoWithoutAnAttemptLogIsStrict() {
        CheckResult r = run(RetryAfterGrace.auto(), concurrentGoodClient(), Optional.empty());
        assertThat(server(r).get("rule")).isEqualTo("strict");
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void aClientThatKeepsRetryingEarlyFailsEvenWithAGenerousGrace() {
        for (RetryAfterGrace g : List.of(RetryAfterGrace.strict(), RetryAfterGrace.auto(),
                RetryAfterGrace.fixed(Duration.ofMillis(50)))) {
            CheckResult r = run(g, hammeringClient(), Optional.of(attemptsWithRoundTrips()));
            assertThat(r.outcome()).as(g.toString()).isEqualTo(CheckOutcome.FAIL);
            assertThat(r.figure()).as(g.toString()).isGreaterThan(1);
        }
    }

    @Test
    void zeroGraceIsTheStrictRule() {
        for (List<Arrival> a : List.of(concurrentGoodClient(), hammeringClient())) {
            CheckResult strict = run(RetryAfterGrace.strict(), a, Optional.empty());
            CheckResult zero = run(RetryAfterGrace.fixed(Duration.ZERO), a, Optional.empty());
            assertThat(zero.figure()).isEqualTo(strict.figure());
            assertThat(server(zero).get("worstEarlinessMs")).isEqualTo(server(strict).get("worstEarlinessMs"));
        }
    }

    @Test
    void parsesTheCliForms() {
        assertThat(RetryAfterGrace.parse("strict")).isEqualTo(RetryAfterGrace.strict());
        assertThat(RetryAfterGrace.parse("AUTO")).isEqualTo(RetryAfterGrace.auto());
        assertThat(RetryAfterGrace.parse("150ms")).isEqualTo(RetryAfterGrace.fixed(Duration.ofMillis(150)));
        assertThat(RetryAfterGrace.parse("150ms").toString()).isEqualTo("150ms");
        assertThatThrownBy(() -> RetryAfterGrace.parse("soon")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("soon");
    }
}
