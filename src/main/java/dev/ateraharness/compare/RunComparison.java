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
 * The baseline may be several runs of the same settings (the default from the history is the last 3 passing
 * ones): then a sample figure's interval is a two-level bootstrap that counts the spread between the runs, since
 * runs differ by more than their samples say (a load spike slows a whole run), and counts are summed over them.
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
                            List<FigureChange> changes, List<RunRecord> baselines) {

    /** The quantiles compared for sample figures. */
    static final double[] QUANTILES = {0.50, 0.95, 0.99};

    /** Samples a quantile needs beyond it to be judged: p95 needs 200 samples per run, p99 1000. */
    static final int MIN_TAIL = 10;

    /** @param baselines every baseline run, oldest first; {@code baseline} is the latest of them */
    public RunComparison {
        changes = List.copyOf(changes);
        baselines = List.copyOf(baselines);
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
        return of(List.of(baseline), candidate, s);
    }

    /**
     * A candidate against a baseline of one or more runs (oldest first). Sample figures: the baseline's quantile
     * is the geometric mean of its runs' quantiles and the interval counts the spread between the runs (see
     * {@code BootstrapRatio}); counts: the runs' counts and exposures are summed; exact figures: the latest run's.
     * A baseline run without a figure is left out of that figure.
     */
    public static RunComparison of(List<RunRecord> baselines, RunRecord candidate, CompareSettings s) {
        if (baselines.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one baseline run");
        }
        RunRecord baseline = baselines.get(baselines.size() - 1);
        List<FigureChange> out = new ArrayList<>();
        int index = 0;
        for (FigureData b : baseline.figures()) {
            index++;
            Optional<FigureData> c = candidate.figure(b.name());
            if (c.isEmpty() || c.get().kind() != b.kind()) {
                continue;
            }
            List<FigureData> runs = baselines.stream().map(r -> r.figure(b.name()))
                    .flatMap(Optional::stream).filter(f -> f.kind() == b.kind()).toList();
            switch (b.kind()) {
                case SAMPLES -> samples(b, runs, c.get(), s, s.seed() * 31 + index, out);
                case COUNT -> out.add(count(pooled(b, runs), c.get(), s));
                case EXACT -> out.add(exact(b, c.get()));
                default -> throw new IllegalStateException();
            }
        }
        return new RunComparison(baseline, candidate, s, out, baselines);
    }

    /** A count summed over the baseline runs. */
    private static FigureData pooled(FigureData latest, List<FigureData> runs) {
        if (runs.size() == 1) {
            return latest;
        }
        long n = runs.stream().mapToLong(FigureData::count).sum();
        double exposure = runs.stream().mapToDouble(FigureData::exposure).sum();
        return FigureData.count(latest.name(), latest.unit(), n, exposure, latest.higherIsWorse());
    }

    private static void samples(FigureData b, List<FigureData> runs, FigureData c, CompareSettings s, long seed,
                                List<FigureChange> out) {
        double[][] xs = runs.stream().map(FigureData::samples).toArray(double[][]::new);
        double[] x = runs.size() == 1 ? xs[0]
                : OrderStatistics.sorted(runs.stream().flatMapToDouble(f -> java.util.Arrays.stream(f.samples()))
                        .toArray());
        int smallest = runs.stream().mapToInt(f -> f.samples().length).min().orElse(0);
        double[] y = c.samples();
        boolean enough = smallest >= s.minSamples() && y.length >= s.minSamples();
        double p = enough ? new MannWhitneyUTest().mannWhitneyUTest(x, y) : Double.NaN;
        String method = runs.size() == 1
                ? String.format(Locale.ROOT, "bootstrap of the ratio (%d resamples, seed %d); "
                        + "Mann-Whitney p for a shift", s.resamples(), s.seed())
                : String.format(Locale.ROOT, "two-level bootstrap of the ratio over %d baseline runs (%d resamples, "
                        + "seed %d); Mann-Whitney p for a shift", runs.size(), s.resamples(), s.seed());
        for (double q : QUANTILES) {
            String stat = "p" + (int) Math.round(q * 100);
            double bv = geometricMean(xs, q);
            double cv = OrderStatistics.quantile(y, q);
            if (!enough) {
                out.add(new FigureChange(b.name(), stat, b.unit(), method, bv, cv, cv / bv, Double.NaN,
                        Double.NaN, p, Judgement.NOT_JUDGED, String.format(Locale.ROOT,
                        "Too few samples to judge (%d and %d, need %d each).", b.n(), c.n(), s.minSamples())));
                continue;
            }
            long needed = (long) Math.ceil(MIN_TAIL / (1 - q) - 1e-9);
            if (Math.min(smallest, y.length) < needed) {
                // a quantile with a handful of samples beyond it moves with one stall of the machine; the
                // bootstrap cannot see that, so such a quantile is reported, not judged
                out.add(new FigureChange(b.name(), stat, b.unit(), method, bv, cv, cv / bv, Double.NaN,
                        Double.NaN, p, Judgement.NOT_JUDGED, String.format(Locale.ROOT,
                        "%s needs %d samples per run (%d beyond it) to be judged; the runs have %d and %d.", stat,
                        needed, MIN_TAIL, smallest, y.length)));
                continue;
            }
            RatioInterval iv = BootstrapRatio.of(xs, y, q, s.resamples(), s.confidence(), seed + stat.hashCode());
            out.add(judge(b, stat, method, bv, cv, iv.ratio(), iv.low(), iv.high(), p, s));
        }
    }

    /** The baseline's value of a quantile: the one run's, or the geometric mean of the runs' (as the ratio uses). */
    private static double geometricMean(double[][] runs, double q) {
        if (runs.length == 1) {
            return OrderStatistics.quantile(runs[0], q);
        }
        double sum = 0;
        for (double[] r : runs) {
            sum += Math.log(OrderStatistics.quantile(r, q));
        }
        return Math.exp(sum / runs.length);
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
