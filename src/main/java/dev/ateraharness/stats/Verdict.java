package dev.ateraharness.stats;

import java.time.Instant;
import java.util.List;

/**
 * The result of a compliance run: the settings judged against, the overall outcome and every check's result,
 * plus the evidence (for the report's charts; not serialised into verdict.json).
 *
 * <p>Overall: FAIL when any gate failed; else INCONCLUSIVE when any gate was inconclusive; else PASS. Non-gate
 * results never change it.
 */
public record Verdict(ComplianceSettings settings, CheckOutcome overall, List<CheckResult> checks, Instant judgedAt,
                      Evidence evidence) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    /** The overall outcome derived from these results. */
    public static CheckOutcome overallOf(List<CheckResult> checks) {
        boolean inconclusive = false;
        for (CheckResult c : checks) {
            if (c.gate() && c.outcome() == CheckOutcome.FAIL) {
                return CheckOutcome.FAIL;
            }
            inconclusive |= c.gate() && c.outcome() == CheckOutcome.INCONCLUSIVE;
        }
        return inconclusive ? CheckOutcome.INCONCLUSIVE : CheckOutcome.PASS;
    }

    /** Whether every gate passed. */
    public boolean passed() {
        return overall == CheckOutcome.PASS;
    }

    /** The result with this id, if run. */
    public java.util.Optional<CheckResult> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
