package dev.ateraharness.stats;

import static dev.ateraharness.stats.Logs.SEC;
import static dev.ateraharness.stats.Logs.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThroughputCheckTest {

    private static CheckResult run(List<Arrival> a) {
        return ComplianceCheck.builder().limit(700).window(Duration.ofSeconds(60)).build()
                .run(a, Optional.empty(), Optional.empty()).check(ThroughputCheck.ID).orElseThrow();
    }

    @Test
    void halfTheRateIsARateAndUtilisationIsTheShareOfTheSpansCapacity() {
        // 3501 arrivals, the last 600 s after the first: 3500 / 600 s = 5.833/s, half of N/W = 11.667/s; the
        // span (just under 600 s) meets 10 windows, so a sliding log could admit 7000: utilisation 3501 / 7000
        List<Arrival> a = Logs.even("k", 3501, T0, 600 * SEC + 600 * SEC / 3500);
        CheckResult r = run(a);
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(r.figure()).isCloseTo(3501 / 7000.0, within(1e-9));
        @SuppressWarnings("unchecked")
        Map<String, Object> k = ((List<Map<String, Object>>) r.details().get("keys")).get(0);
        assertThat((double) k.get("ratePerSecond")).isCloseTo(700 / 120.0, within(1e-3));
        assertThat((double) k.get("rateLow")).isLessThan((double) k.get("ratePerSecond"));
        assertThat((double) k.get("rateHigh")).isGreaterThan((double) k.get("ratePerSecond"));
    }

    @Test
    void aRateProvablyAboveTheLimitFails() {
        CheckResult r = run(Logs.even("k", 6000, T0, 300 * SEC)); // 20/s for 5 minutes
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.figure()).isGreaterThan(1.4); // 6000 / (700 x 6)
    }

    @Test
    void compliantBurstsOverAFewWindowsPassAndAreOneHundredPercent() {
        // regression: 700 at once at 0, 60 s and 120 s (as the sliding log sends when saturated) reads as
        // 2099 / 120 s = 17.5/s, 150% of N/W, yet no 60 s window holds more than 700: the span allows 3 N, and
        // utilisation (arrivals / what the span admits) is exactly 100 %
        List<Arrival> a = new java.util.ArrayList<>();
        for (int w = 0; w < 3; w++) {
            a.addAll(Logs.even("k", 700, T0 + w * 60 * SEC, 1));
        }
        CheckResult r = run(a);
        assertThat(r.figure()).isEqualTo(1.0);
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void oneArrivalIsInconclusive() {
        assertThat(run(List.of(Logs.ok(T0, "k"))).outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
    }
}
