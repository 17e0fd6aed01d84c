package dev.ateraharness.stats;

import dev.ateraharness.evidence.SyncSummaryRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pagination completeness from a sync summary: for every entity, the items the client saw must equal the
 * server's {@code totalItemCount}. Fails on any mismatch (fewer: pages skipped; more: pages read twice);
 * inconclusive without a summary. A negative total (the server gave none; {@code sync} writes -1) cannot be judged:
 * that entity is listed as unknown and neither passes nor fails the check. It cannot tell which page went missing.
 */
public final class PaginationCheck implements Check {

    public static final String ID = "pagination";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Evidence evidence, ComplianceSettings s) {
        String title = "Pagination complete (items seen = totalItemCount)";
        Map<String, Object> details = new LinkedHashMap<>();
        if (evidence.syncSummary().isEmpty() || evidence.syncSummary().get().isEmpty()) {
            details.put("absent", "no sync summary given");
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, "0 incomplete", "entities",
                    "No sync summary was given, so completeness cannot be judged.", details);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (SyncSummaryRow r : evidence.syncSummary().get()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entity", r.entity());
            m.put("itemsSeen", r.itemsSeen());
            m.put("totalItemCount", r.totalItemCount());
            m.put("pages", r.pages());
            m.put("requests", r.requests());
            boolean unknown = r.totalItemCount() < 0;
            boolean ok = unknown || r.itemsSeen() == r.totalItemCount();
            m.put("verdict", (unknown ? CheckOutcome.INCONCLUSIVE : ok ? CheckOutcome.PASS : CheckOutcome.FAIL).json());
            rows.add(m);
            if (!ok) {
                bad.add(r.entity() + " " + r.itemsSeen() + "/" + r.totalItemCount());
            }
        }
        details.put("entities", rows);
        String expl = bad.isEmpty()
                ? "Every one of the " + rows.size() + " entities was read completely."
                : "Incomplete: " + String.join(", ", bad) + " (items seen / totalItemCount).";
        return new CheckResult(ID, title, bad.isEmpty() ? CheckOutcome.PASS : CheckOutcome.FAIL, false, bad.size(),
                "0 incomplete", "entities", expl, details);
    }
}
