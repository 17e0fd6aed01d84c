package dev.ateraharness.compare;

import dev.ateraharness.compare.FigureChange.Judgement;
import dev.ateraharness.compare.internal.BootstrapRatio;
import dev.ateraharness.compare.internal.OrderStatistics;
import dev.ateraharness.compare.internal.RateRatio;
import dev.ateraharness.compare.internal.RatioInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * A candidate run compared with a baseline, figure by figure, each change with an interval from a method that
 * fits the figure:
 * <ul>
 *   <li>samples (latency, sync duration): p50, p95 and p99 as the ratio candidate / baseline with a seeded
 *       percentile-bootstrap interval, plus the Mann-Whitney rank test's p-value for a shift (reported; the
 *       interval decides);</li>
 *   <li>counts (429s and retries per request, utilisation = arrivals per capacity of the limit): the rate
 *       ratio of Poisson counts with the exact conditional (Clopper-Pearson) interval;</li>
 *   <li>max in any window: exact, no interval; a regression when the candidate exceeds the limit.</li>
 * </ul>
 * A change is a regression only when its whole interval lies beyond the tolerance on the worse side; otherwise
 * "no evidence of regression" with the interval. Figures present on one side only are skipped. A quantile q is
 * judged only with at least {@value #MIN_TAIL} samples beyond it in each run (n (1 - q) >= 10): the bootstrap of
 * an extreme quantile from a few tail points is unreliable, and those points are the ones a machine stall moves.
 *
 * <p>Guarantees: deterministic for the same records and settings (the bootstrap's seed is derived from the
 * settings' seed and the figure). Does not correct for the number of figures compared: the false-alarm rate per
 * pair of runs is measured instead (see figures.md).
 */
public record RunComparison(RunRecord baseline, RunRecord candidate, CompareSettings settings,
                            List<FigureChange> changes) {

    /** The quantiles compared for sample figures. */
    static final double[] QUANTILES = {0.50, 0.95, 0.99};

    /** Samples a quantile needs beyond it to be judged: p95 needs 200 samples per run, p99 1000. */
    static final int MIN_TAIL = 10;

    public RunComparison {
        changes = List.copyOf(changes);
    }

    /** Whether any change is a regression. */
    public boolean regressed() {
        return changes.stream().anyMatch(FigureChange::regressed);
    }

    /** The first regression, if any. */
    public Optional<FigureChange> firstRegression() {
        return changes.stream().filter(FigureChange::regressed).findFirst();
    }

    public static RunComparison of(RunRecord baseline, RunRecord candidate, CompareSettings s) {
        List<FigureChange> out = new ArrayList<>();
        int index = 0;
        for (FigureData b : baseline.figures()) {
            index++;
            Optional<FigureData> c = candidate.figure(b.name());
            if (c.isEmpty() || c.get().kind() != b.kind()) {
                continue;
            }
            switch (b.kind()) {
                case SAMPLES -> samples(b, c.get(), s, s.seed() * 31 + index, out);
                case COUNT -> out.add(count(b, c.get(), s));
                case EXACT -> out.add(exact(b, c.get()));
                default -> throw new IllegalStateException();
            }
        }
        return new RunComparison(baseline, candidate, s, out);
    }

    private static void samples(FigureData b, FigureData c, CompareSettings s, long seed, List<FigureChange> out) {
        double[] x = b.samples();
        double[] y = c.samples();
        boolean enough = x.length >= s.minSamples() && y.length >= s.minSamples();
        double p = enough ? new MannWhitneyUTest().mannWhitneyUTest(x, y) : Double.NaN;
        String method = String.format(Locale.ROOT, "bootstrap of the ratio (%d resamples, seed %d); "
                + "Mann-Whitney p for a shift", s.resamples(), s.seed());
        for (double q : QUANTILES) {
            String stat = "p" + (int) Math.round(q * 100);
            double bv = OrderStatistics.quantile(x, q);
            double cv = OrderStatistics.quantile(y, q);
            if (!enough) {
                out.add(new FigureChange(b.name(), stat, b.unit(), method, bv, cv, cv / bv, Double.NaN,
                        Double.NaN, p, Judgement.NOT_JUDGED, String.format(Locale.ROOT,
                        "Too few samples to judge (%d and %d, need %d each).", b.n(), c.n(), s.minSamples())));
                continue;
            }
            long needed = (long) Math.ceil(MIN_TAIL / (1 - q) - 1e-9);
            if (Math.min(x.length, y.length) < needed) {
                // a quantile with a handful of samples beyond it moves with one stall of the machine; the
                // bootstrap cannot see that, so such a quantile is reported, not judged
                out.add(new FigureChange(b.name(), stat, b.unit(), method, bv, cv, cv / bv, Double.NaN,
                        Double.NaN, p, Judgement.NOT_JUDGED, String.format(Locale.ROOT,
                        "%s needs %d samples per run (%d beyond it) to be judged; the runs have %d and %d.", stat,
                        needed, MIN_TAIL, x.length, y.length)));
                continue;
            }
            RatioInterval iv = BootstrapRatio.of(x, y, q, s.resamples(), s.confidence(), seed + stat.hashCode());
            out.add(judge(b, stat, method, bv, cv, iv.ratio(), iv.low(), iv.high(), p, s));
        }
    }

    private static FigureChange count(FigureData b, FigureData c, CompareSettings s) {
        RatioInterval iv = RateRatio.of(b.count(), b.exposure(), c.count(), c.exposure(), s.confidence());
        String method = "rate ratio of Poisson counts, exact conditional (Clopper-Pearson) interval";
        String stat = "rate";
        if (Double.isNaN(iv.ratio())) {
            return new FigureChange(b.name(), stat, b.unit(), method, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Judgement.NO_EVIDENCE, "No events in either run: no evidence of regression.");
        }
        return judge(b, stat, method, b.headline(), c.headline(), iv.ratio(), iv.low(), iv.high(), Double.NaN, s);
    }

    private static FigureChange exact(FigureData b, FigureData c) {
        double ratio = b.value() > 0 ? c.value() / b.value() : Double.NaN;
        boolean over = !Double.isNaN(c.limit()) && c.value() > c.limit();
        String expl = over
                ? String.format(Locale.ROOT, "Exact: %.0f in one window, above the limit of %.0f (baseline %.0f).",
                        c.value(), c.limit(), b.value())
                : String.format(Locale.ROOT, "Exact: %.0f (baseline %.0f), within the limit of %.0f: no evidence of "
                        + "regression.", c.value(), b.value(), c.limit());
        return new FigureChange(b.name(), "max", b.unit(), "exact (two pointers over arrival times)", b.value(),
                c.value(), ratio, Double.NaN, Double.NaN, Double.NaN,
                over ? Judgement.REGRESSION : Judgement.NO_EVIDENCE, expl);
    }

    private static FigureChange judge(FigureData b, String stat, String method, double bv, double cv, double ratio,
                                      double low, double high, double p, CompareSettings s) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return new FigureChange(b.name(), stat, b.unit(), method, bv, cv, ratio, low, high, p,
                    Judgement.NOT_JUDGED, "No interval: the baseline's value is 0.");
        }
        boolean regressed = b.higherIsWorse() ? low > s.worseAbove() : high < s.worseBelow();
        String bound = b.higherIsWorse()
                ? String.format(Locale.ROOT, "+%.0f%%", 100 * s.tolerance())
                : String.format(Locale.ROOT, "-%.0f%%", 100 * s.tolerance());
        String iv = String.format(Locale.ROOT, "%s %s %s (%.0f%% interval %s to %s)", b.name(), stat,
                percent(ratio), 100 * s.confidence(), percent(low), percent(high));
        String expl = regressed
                ? iv + ": the whole interval is beyond the tolerance of " + bound + ": regression."
                : iv + ": no evidence of regression beyond " + bound + ".";
        return new FigureChange(b.name(), stat, b.unit(), method, bv, cv, ratio, low, high, p,
                regressed ? Judgement.REGRESSION : Judgement.NO_EVIDENCE, expl);
    }

    /** A ratio as a signed change: 1.234 -> {@code +23.4%}; infinity -> {@code +inf}. */
    public static String percent(double ratio) {
        if (Double.isNaN(ratio)) {
            return "n/a";
        }
        if (Double.isInfinite(ratio)) {
            return "+inf";
        }
        return String.format(Locale.ROOT, "%+.1f%%", 100 * (ratio - 1));
    }
}
