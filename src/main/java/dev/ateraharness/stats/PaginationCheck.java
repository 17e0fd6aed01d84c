package dev.ateraharness.stats;

import dev.ateraharness.evidence.SyncSummaryRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pagination completeness from a sync summary: for every entity, the items the client saw must equal the
 * server's {@code totalItemCount}. Fails on any mismatch (fewer: pages skipped; more: pages read twice);
 * inconclusive without a summary. A negative total (the server gave none; {@code sync} writes -1) cannot be judged:
 * that entity is listed as unknown and neither passes nor fails the check. It cannot tell which page went missing.
 *
 * <p>It also reports each entity's sync time against its floor ({@link Figures#floorNanos}: floor((R-1)/N) x W for
 * the R requests of the busiest key of that sync, the same formula the planner uses), where the summary gives a
 * duration: {@code durationMs}, {@code floorMs} and {@code vsFloor} in the details, and a sentence in the
 * explanation. This is a figure, not a judgement: entities synced side by side on one key share its limit, so each
 * takes longer than its own floor.
 */
public final class PaginationCheck implements Check {

    public static final String ID = "pagination";

    /** Syncs whose time against the floor the explanation lists one by one; beyond, it gives median and max. */
    static final int MAX_LISTED = 4;

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
        List<String> timing = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (SyncSummaryRow r : evidence.syncSummary().get()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entity", r.entity());
            m.put("itemsSeen", r.itemsSeen());
            m.put("totalItemCount", r.totalItemCount());
            m.put("pages", r.pages());
            m.put("requests", r.requests());
            long busiest = r.keys().isEmpty() ? r.requests()
                    : r.keys().stream().mapToLong(SyncSummaryRow.KeyShareRow::requests).max().orElse(0);
            if (r.durationMs() >= 0 && busiest > 0) {
                double floorMs = Figures.floorNanos(busiest, s.limit(), s.window().toNanos()) / 1e6;
                m.put("durationMs", r.durationMs());
                m.put("floorMs", floorMs);
                m.put("vsFloor", floorMs > 0 ? r.durationMs() / floorMs : Double.NaN);
                timing.add(String.format(Locale.ROOT, "%s %.1f s (floor %.1f s%s)", r.entity(),
                        r.durationMs() / 1e3, floorMs / 1e3,
                        floorMs > 0 ? String.format(Locale.ROOT, ", %.2fx", r.durationMs() / floorMs) : ""));
                if (floorMs > 0) {
                    ratios.add(r.durationMs() / floorMs);
                }
            }
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
        if (!timing.isEmpty() && timing.size() <= MAX_LISTED) {
            expl += " Sync time against the floor: " + String.join("; ", timing) + ".";
        } else if (!timing.isEmpty()) {
            // a run of many syncs (the main job): the spread of the ratios, not a line per sync
            ratios.sort(null);
            expl += ratios.isEmpty() ? "" : String.format(Locale.ROOT,
                    " Sync time against the floor over %d syncs: median %.2fx, max %.2fx.", ratios.size(),
                    ratios.get((ratios.size() - 1) / 2), ratios.get(ratios.size() - 1));
        }
        return new CheckResult(ID, title, bad.isEmpty() ? CheckOutcome.PASS : CheckOutcome.FAIL, false, bad.size(),
                "0 incomplete", "entities", expl, details);
    }
}
