package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Backoff growth: least-squares regression of ln(delay_ms) on the attempt number, over attempt-log rows whose
 * delay came from jittered backoff (backoff_ceiling_ms set) and lies below the cap.
 *
 * <p>Passes when the slope's confidence interval (at the configured level) contains ln(multiplier). Full jitter
 * shifts ln(delay) by E[ln U] = -1 but leaves the slope alone. A row counts as capped when its ceiling equals the
 * largest ceiling seen and a lower attempt number already had that ceiling (the ceiling stopped growing).
 * Zero delays are dropped (ln 0). Inconclusive with fewer than the minimum points or fewer than two attempt
 * numbers; R squared is reported, not judged.
 */
public final class BackoffGrowthCheck implements Check {

    public static final String ID = "backoff-growth";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Evidence evidence, ComplianceSettings s) {
        double lnM = Math.log(s.backoffMultiplier());
        String title = "Backoff grows by x" + trim(s.backoffMultiplier()) + " per attempt";
        String threshold = String.format(Locale.ROOT, "CI contains ln(%s) = %.4f", trim(s.backoffMultiplier()), lnM);
        Map<String, Object> details = new LinkedHashMap<>();
        if (evidence.attempts().isEmpty()) {
            details.put("absent", "no attempt log given");
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, threshold, "ln(ms)/attempt",
                    "No attempt log was given, so backoff growth cannot be judged.", details);
        }
        List<Attempt> rows = belowCap(evidence.attempts().get());
        SimpleRegression reg = new SimpleRegression();
        java.util.Set<Integer> distinct = new java.util.HashSet<>();
        for (Attempt a : rows) {
            reg.addData(a.attempt(), Math.log(a.delayMs()));
            distinct.add(a.attempt());
        }
        details.put("points", reg.getN());
        details.put("attemptNumbers", distinct.size());
        int need = Math.max(3, s.minRegressionPoints());
        if (reg.getN() < need || distinct.size() < 2) {
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, threshold, "ln(ms)/attempt",
                    "Only " + reg.getN() + " backoff delays over " + distinct.size() + " attempt number(s) were "
                        + "logged; at least " + need + " over two attempt numbers are needed.", details);
        }
        double slope = reg.getSlope();
        double half = reg.getSlopeConfidenceInterval(1 - s.confidence());
        if (Double.isNaN(half)) {
            half = 0;
        }
        // a perfect fit has a zero-width interval: allow rounding error in ln()
        double eps = 1e-9 * Math.max(1, Math.abs(lnM));
        boolean pass = Math.abs(slope - lnM) <= half + eps;
        details.put("slope", slope);
        details.put("ciLow", slope - half);
        details.put("ciHigh", slope + half);
        details.put("confidence", s.confidence());
        details.put("intercept", reg.getIntercept());
        details.put("rSquared", reg.getRSquare());
        details.put("impliedMultiplier", Math.exp(slope));
        String expl = String.format(Locale.ROOT, pass
                ? "Delays grow by about x%.2f per attempt (%.0f%% interval x%.2f to x%.2f), consistent with x%s."
                : "Delays grow by about x%.2f per attempt (%.0f%% interval x%.2f to x%.2f), not x%s as configured.",
                Math.exp(slope), s.confidence() * 100, Math.exp(slope - half), Math.exp(slope + half),
                trim(s.backoffMultiplier()));
        return new CheckResult(ID, title, pass ? CheckOutcome.PASS : CheckOutcome.FAIL, false, slope, threshold,
                "ln(ms)/attempt", expl, details);
    }

    /** Backoff rows with a positive delay whose ceiling was still growing. */
    static List<Attempt> belowCap(List<Attempt> all) {
        double maxCeiling = 0;
        for (Attempt a : all) {
            if (a.hasBackoffCeiling()) {
                maxCeiling = Math.max(maxCeiling, a.backoffCeilingMs());
            }
        }
        int firstAtMax = Integer.MAX_VALUE;
        Map<Integer, Boolean> seen = new HashMap<>();
        for (Attempt a : all) {
            if (a.hasBackoffCeiling() && a.backoffCeilingMs() == maxCeiling) {
                firstAtMax = Math.min(firstAtMax, a.attempt());
                seen.put(a.attempt(), true);
            }
        }
        boolean capReached = seen.size() > 1;
        List<Attempt> out = new ArrayList<>();
        for (Attempt a : all) {
            if (!a.hasBackoffCeiling() || !(a.delayMs() > 0)) {
                continue;
            }
            if (capReached && a.backoffCeilingMs() == maxCeiling && a.attempt() > firstAtMax) {
                continue;
            }
            out.add(a);
        }
        return out;
    }

    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
