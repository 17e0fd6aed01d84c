package dev.ateraharness.stats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Jitter: a one-sample Kolmogorov-Smirnov test of delay / nominal ceiling (delay_ms / backoff_ceiling_ms) against
 * U(0, 1) with fixed bounds (not estimated from the data, so the p-value is valid as is).
 *
 * <p>Passes when the p-value is at least alpha. Inconclusive below the minimum sample size. A failure means the
 * delays are not full jitter: e.g. equal jitter (U(c/2, c)), no jitter, or delays beyond the ceiling. It says
 * nothing about independence between clients.
 */
public final class JitterCheck implements Check {

    public static final String ID = "jitter";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Evidence evidence, ComplianceSettings s) {
        String title = "Backoff delays are full jitter, U(0, ceiling)";
        String threshold = "p >= " + s.ksAlpha();
        Map<String, Object> details = new LinkedHashMap<>();
        if (evidence.attempts().isEmpty()) {
            details.put("absent", "no attempt log given");
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, threshold, "p-value",
                    "No attempt log was given, so jitter cannot be judged.", details);
        }
        double[] u = evidence.attempts().get().stream()
                .filter(a -> a.hasBackoffCeiling() && a.backoffCeilingMs() > 0)
                .mapToDouble(a -> a.delayMs() / a.backoffCeilingMs())
                .toArray();
        details.put("samples", u.length);
        details.put("minSamples", s.minJitterSamples());
        if (u.length < s.minJitterSamples() || u.length < 2) {
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, threshold, "p-value",
                    "Only " + u.length + " jittered delays were logged; at least " + s.minJitterSamples()
                        + " are needed for the test.", details);
        }
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        UniformRealDistribution uniform = new UniformRealDistribution(null, 0, 1);
        double d = ks.kolmogorovSmirnovStatistic(uniform, u);
        double p = ks.kolmogorovSmirnovTest(uniform, u, false);
        details.put("ksStatistic", d);
        details.put("pValue", p);
        details.put("alpha", s.ksAlpha());
        boolean pass = p >= s.ksAlpha();
        String expl = String.format(Locale.ROOT, pass
                ? "The %d delays, as fractions of their ceilings, look uniform on [0, 1) (KS D = %.3f, p = %.3g)."
                : "The %d delays, as fractions of their ceilings, are not uniform on [0, 1) (KS D = %.3f, p = %.3g).",
                u.length, d, p);
        return new CheckResult(ID, title, pass ? CheckOutcome.PASS : CheckOutcome.FAIL, false, p, threshold, "p-value", expl,
                details);
    }
}
