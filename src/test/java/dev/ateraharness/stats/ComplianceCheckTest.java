package dev.ateraharness.stats;

import dev.ateraharness.evidence.SyncSummaryRow;

import static dev.ateraharness.stats.Logs.SEC;
import static dev.ateraharness.stats.Logs.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceCheckTest {

    @Test
    void runsEveryCheckInOrderWithDefaultGates() {
        Verdict v = ComplianceCheck.builder().build().run(Logs.even("k", 10, T0, 10 * SEC), Optional.empty(),
                Optional.empty());
        assertThat(v.checks()).extracting(CheckResult::id).containsExactlyElementsOf(ComplianceCheck.CHECK_IDS);
        assertThat(v.checks()).filteredOn(CheckResult::gate).extracting(CheckResult::id)
                .containsExactlyInAnyOrder("window", "retry-after");
        assertThat(v.overall()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void aFailedNonGateDoesNotFailTheRunButAConfiguredGateDoes() {
        List<SyncSummaryRow> incomplete = List.of(new SyncSummaryRow("tickets", 1, 2, 1, 1));
        List<Arrival> a = Logs.even("k", 10, T0, 10 * SEC);
        Verdict lenient = ComplianceCheck.builder().build().run(a, Optional.empty(), Optional.of(incomplete));
        assertThat(lenient.check("pagination").orElseThrow().outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(lenient.overall()).isEqualTo(CheckOutcome.PASS);
        Verdict strict = ComplianceCheck.builder().gates(Set.of("window", "pagination")).build()
                .run(a, Optional.empty(), Optional.of(incomplete));
        assertThat(strict.overall()).isEqualTo(CheckOutcome.FAIL);
    }

    @Test
    void anInconclusiveGateMakesTheRunInconclusive() {
        Verdict v = ComplianceCheck.builder().gates(Set.of("window", "jitter")).build()
                .run(Logs.even("k", 10, T0, 10 * SEC), Optional.empty(), Optional.empty());
        assertThat(v.overall()).isEqualTo(CheckOutcome.INCONCLUSIVE);
        assertThat(v.passed()).isFalse();
    }

    @Test
    void rejectsUnknownGatesAndBadSettings() {
        assertThatThrownBy(() -> ComplianceCheck.builder().gates(Set.of("speed")))
                .hasMessageContaining("speed");
        assertThatThrownBy(() -> ComplianceCheck.builder().limit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderIsImmutable() {
        ComplianceCheck.Builder base = ComplianceCheck.builder();
        base.limit(5);
        assertThat(base.build().settings().limit()).isEqualTo(700);
    }
}
