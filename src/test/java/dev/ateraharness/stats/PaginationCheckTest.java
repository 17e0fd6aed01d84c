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
    void theSyncTimeIsReportedAgainstTheFloorOfItsBusiestKey() {
        // 1,401 requests at 700 per 60 s (the default settings): floor((1401-1)/700) x 60 s = 120 s
        SyncSummaryRow one = new SyncSummaryRow("tickets", 70_050, 70_050, 1401, 1401, 122_000);
        CheckResult r = run(Optional.of(List.of(one)));
        assertThat(r.outcome()).isEqualTo(CheckOutcome.PASS);
        assertThat(r.explanation()).contains("Sync time against the floor: tickets 122.0 s (floor 120.0 s, 1.02x)");
        @SuppressWarnings("unchecked")
        var row = ((List<java.util.Map<String, Object>>) r.details().get("entities")).get(0);
        assertThat(row).containsEntry("durationMs", 122_000L).containsEntry("floorMs", 120_000.0);
        // sharded over two keys: the busiest key's 701 requests give floor((701-1)/700) x 60 s = 60 s
        SyncSummaryRow sharded = new SyncSummaryRow("tickets", 70_050, 70_050, 1401, 1401, 61_000, "CONCURRENT", 0,
                0, 0, List.of(new SyncSummaryRow.KeyShareRow("****abc1", 701, 701, 35_050, 8, 8),
                new SyncSummaryRow.KeyShareRow("****abc2", 700, 700, 35_000, 8, 8)));
        assertThat(run(Optional.of(List.of(sharded))).explanation()).contains("tickets 61.0 s (floor 60.0 s, 1.02x)");
        // many syncs: median and max of the ratios instead of a line each
        List<SyncSummaryRow> many = java.util.stream.IntStream.range(0, 5).mapToObj(i -> new SyncSummaryRow("tickets",
                70_050, 70_050, 1401, 1401, 120_000 + 6_000L * i)).toList();
        assertThat(run(Optional.of(many)).explanation())
                .contains("Sync time against the floor over 5 syncs: median 1.10x, max 1.20x.");
        // no duration: no timing figure
        assertThat(run(Optional.of(List.of(new SyncSummaryRow("tickets", 50, 50, 1, 1)))).explanation())
                .doesNotContain("floor");
    }

    @Test
    void noSummaryIsInconclusive() {
        assertThat(run(Optional.empty()).outcome()).isEqualTo(CheckOutcome.INCONCLUSIVE);
    }
}
