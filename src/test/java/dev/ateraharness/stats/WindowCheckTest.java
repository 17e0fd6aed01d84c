package dev.ateraharness.stats;

import static dev.ateraharness.stats.Logs.SEC;
import static dev.ateraharness.stats.Logs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowCheckTest {

    private final ComplianceCheck check = ComplianceCheck.builder().limit(700).window(Duration.ofSeconds(60)).build();

    private CheckResult window(List<Arrival> arrivals) {
        return check.run(arrivals, Optional.empty(), Optional.empty()).check(WindowCheck.ID).orElseThrow();
    }

    @Test
    void sevenHundredInOneWindowPass() {
        CheckResult r = window(Logs.even("k1", 700, T0, 60 * SEC));
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(r.figure()).isEqualTo(700);
        assertThat(r.gate()).isTrue();
    }

    @Test
    void sevenHundredAndOneInOneWindowFail() {
        CheckResult r = window(Logs.even("k1", 701, T0, 60 * SEC));
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.figure()).isEqualTo(701);
        assertThat(r.details().get("violatingArrivals")).isEqualTo(1L);
    }

    @Test
    void anArrivalExactlyWAfterTheFirstIsInTheNextWindow() {
        List<Arrival> a = new ArrayList<>(Logs.even("k1", 700, T0, 60 * SEC));
        a.add(Logs.ok(T0 + 60 * SEC, "k1"));
        assertThat(window(a).outcome()).isEqualTo(CheckOutcome.PASS);
        a.set(700, Logs.ok(T0 + 60 * SEC - 1, "k1"));
        assertThat(window(a).outcome()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void burstsStraddlingAFixedMinuteBoundaryAreCaught() {
        // a fixed-minute limiter's classic overshoot: 700 at the end of one minute, 700 at the start of the next
        List<Arrival> a = new ArrayList<>(Logs.even("k1", 700, T0 + 59 * SEC, SEC));
        a.addAll(Logs.even("k1", 700, T0 + 60 * SEC, SEC));
        CheckResult r = window(a);
        assertThat(r.figure()).isEqualTo(1400);
        assertThat(perKey(r).get(0).get("maxExcess")).isEqualTo(700);
        // each arrival of the first burst starts a window holding the rest of it and all the second burst (> 700);
        // a window starting in the second burst holds at most 700
        assertThat(perKey(r).get(0).get("violatingArrivals")).isEqualTo(700L);
    }

    @Test
    void gatesOnTheWorstKeyAndListsEveryKeyWithLabels() {
        List<Arrival> a = new ArrayList<>(Logs.even("aaaaaaaaaaaa", 300, T0, 60 * SEC));
        a.addAll(Logs.even("bbbbbbbbbbbb", 705, T0, 60 * SEC));
        Verdict v = ComplianceCheck.builder().label("aaaaaaaaaaaa", "shared client")
                .label("bbbbbbbbbbbb", "seed baseline").build().run(a, Optional.empty(), Optional.empty());
        CheckResult r = v.check(WindowCheck.ID).orElseThrow();
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.figure()).isEqualTo(705);
        assertThat(perKey(r)).extracting(m -> m.get("label")).containsExactly("shared client", "seed baseline");
        assertThat(perKey(r)).extracting(m -> m.get("verdict")).containsExactly("pass", "fail");
        assertThat(r.explanation()).contains("seed baseline");
        assertThat(v.overall()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void emptyLogIsInconclusive() {
        assertThat(window(List.of()).outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> perKey(CheckResult r) {
        return (List<Map<String, Object>>) r.details().get("keys");
    }
}
