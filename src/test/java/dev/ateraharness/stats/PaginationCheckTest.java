package dev.ateraharness.stats;

import dev.ateraharness.evidence.SyncSummaryRow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaginationCheckTest {

    private static CheckResult run(Optional<List<SyncSummaryRow>> rows) {
        return ComplianceCheck.builder().build().run(List.of(Logs.ok(Logs.T0, "k")), Optional.empty(), rows)
                .check(PaginationCheck.ID).orElseThrow();
    }

    @Test
    void completeEntitiesPassAndAShortOneFails() {
        SyncSummaryRow tickets = new SyncSummaryRow("tickets", 2847, 2847, 57, 57);
        assertThat(run(Optional.of(List.of(tickets))).outcome()).isEqualTo(CheckOutcome.PASS);
        CheckResult r = run(Optional.of(List.of(tickets, new SyncSummaryRow("agents", 40, 50, 1, 1))));
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.figure()).isEqualTo(1);
        assertThat(r.explanation()).contains("agents 40/50");
        assertThat(r.gate()).isFalse();
    }

    @Test
    void noSummaryIsInconclusive() {
        assertThat(run(Optional.empty()).outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
    }
}
