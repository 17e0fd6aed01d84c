package dev.ateraharness.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.compare.FigureChange.Judgement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Comparisons on synthetic seeded samples: no clocks, no servers, the same numbers on every run. */
class RunComparisonTest {

    static double[] lognormal(long seed, int n, double median, double sigma) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double z = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
            out[i] = median * Math.exp(sigma * z);
        }
        return out;
    }

    static RunRecord run(String id, FigureData... figures) {
        return new RunRecord(id, Instant.EPOCH, "test", "", "fp", Map.of(), true, List.of(figures));
    }

    static RunRecord latency(String id, long seed, double median) {
        return run(id, FigureData.samples("latencyMs", "ms", lognormal(seed, 600, median, 0.4)));
    }

    @Test
    void twoRunsFromOnePopulationShowNoEvidenceOfRegressionWithTheInterval() {
        RunComparison c = RunComparison.of(latency("a", 1, 20), latency("b", 2, 20), CompareSettings.DEFAULTS);
        assertThat(c.regressed()).isFalse();
        assertThat(c.changes()).hasSize(3);
        assertThat(c.changes().subList(0, 2)).allMatch(x -> x.judgement() == Judgement.NO_EVIDENCE)
                .allMatch(x -> x.low() < x.high());
        assertThat(c.changes().get(0).explanation()).contains("latencyMs p50").contains("interval")
                .contains("no evidence of regression");
        assertThat(c.changes().get(0).pValue()).isBetween(0.0, 1.0);
    }

    @Test
    void aCandidateTwiceAsSlowIsARegressionOnTheJudgedQuantiles() {
        RunComparison c = RunComparison.of(latency("a", 1, 20), latency("b", 2, 40), CompareSettings.DEFAULTS);
        assertThat(c.regressed()).isTrue();
        FigureChange p50 = c.changes().get(0);
        assertThat(p50.judgement()).isEqualTo(Judgement.REGRESSION);
        assertThat(c.changes().get(1).judgement()).isEqualTo(Judgement.REGRESSION);
        assertThat(p50.low()).isGreaterThan(1.1);
        assertThat(p50.ratio()).isBetween(1.8, 2.2);
        assertThat(p50.pValue()).isLessThan(1e-6);
    }

    @Test
    void aChangeInsideTheToleranceIsNotARegressionEvenWhenSignificant() {
        RunRecord a = run("a", FigureData.samples("latencyMs", "ms", lognormal(1, 2000, 20, 0.1)));
        RunRecord b = run("b", FigureData.samples("latencyMs", "ms", lognormal(2, 2000, 21, 0.1)));
        RunComparison c = RunComparison.of(a, b, CompareSettings.DEFAULTS);
        assertThat(c.changes().get(0).low()).isGreaterThan(1.0);
        assertThat(c.regressed()).isFalse();
        assertThat(RunComparison.of(a, b, CompareSettings.DEFAULTS.withTolerance(0.01)).regressed()).isTrue();
    }

    @Test
    void falseAlarmsOnSeededSamePopulationPairsStayRare() {
        int alarms = 0;
        for (int i = 0; i < 200; i++) {
            if (RunComparison.of(latency("a", 1000 + 2 * i, 20), latency("b", 1001 + 2 * i, 20),
                    CompareSettings.DEFAULTS.withSeed(i)).regressed()) {
                alarms++;
            }
        }
        assertThat(alarms).isLessThanOrEqualTo(2);
    }

    @Test
    void theSameInputsGiveTheSameOutput() {
        RunComparison x = RunComparison.of(latency("a", 1, 20), latency("b", 2, 23), CompareSettings.DEFAULTS);
        RunComparison y = RunComparison.of(latency("a", 1, 20), latency("b", 2, 23), CompareSettings.DEFAULTS);
        assertThat(x.changes()).isEqualTo(y.changes());
    }

    @Test
    void countsUseTheRateRatioAndUtilisationRegressesDownwards() {
        RunRecord a = run("a", FigureData.count("retries", "per request", 10, 1000, true),
                FigureData.count("utilisation", "arrivals per capacity", 700, 700, false));
        RunRecord b = run("b", FigureData.count("retries", "per request", 60, 1000, true),
                FigureData.count("utilisation", "arrivals per capacity", 350, 700, false));
        RunComparison c = RunComparison.of(a, b, CompareSettings.DEFAULTS);
        assertThat(c.changes()).extracting(FigureChange::figure).containsExactly("retries", "utilisation");
        assertThat(c.changes()).allMatch(FigureChange::regressed);
        assertThat(c.changes().get(0).method()).contains("Poisson");
        // fewer retries is never a regression
        assertThat(RunComparison.of(b, a, CompareSettings.DEFAULTS).changes().get(0).regressed()).isFalse();
    }

    @Test
    void fewEventsNeverFailTheGate() {
        RunRecord a = run("a", FigureData.count("status429", "per request", 0, 500, true));
        RunRecord b = run("b", FigureData.count("status429", "per request", 3, 500, true));
        FigureChange ch = RunComparison.of(a, b, CompareSettings.DEFAULTS).changes().get(0);
        assertThat(ch.judgement()).isEqualTo(Judgement.NO_EVIDENCE);
        assertThat(ch.high()).isInfinite();
    }

    @Test
    void maxInWindowIsExactAndFailsOnlyAboveTheLimit() {
        RunRecord a = run("a", FigureData.exact("maxInWindow", "arrivals", 650, 700));
        assertThat(RunComparison.of(a, run("b", FigureData.exact("maxInWindow", "arrivals", 700, 700)),
                CompareSettings.DEFAULTS).regressed()).isFalse();
        FigureChange over = RunComparison.of(a, run("b", FigureData.exact("maxInWindow", "arrivals", 701, 700)),
                CompareSettings.DEFAULTS).changes().get(0);
        assertThat(over.regressed()).isTrue();
        assertThat(over.explanation()).contains("701").contains("700");
    }

    @Test
    void anExtremeQuantileWithFewSamplesBeyondItIsReportedNotJudged() {
        // 600 samples: p99 has 6 beyond it (needs 1000 samples), p95 has 30
        RunRecord a = latency("a", 1, 20);
        double[] stalled = lognormal(2, 600, 20, 0.4);
        for (int i = 0; i < 8; i++) {
            stalled[i] = 400; // one machine stall: eight requests ten times slower
        }
        RunComparison c = RunComparison.of(a, run("b", FigureData.samples("latencyMs", "ms", stalled)),
                CompareSettings.DEFAULTS);
        assertThat(c.changes().get(2).statistic()).isEqualTo("p99");
        assertThat(c.changes().get(2).judgement()).isEqualTo(Judgement.NOT_JUDGED);
        assertThat(c.changes().get(2).explanation()).contains("1000 samples");
        assertThat(c.changes().get(1).judgement()).isEqualTo(Judgement.NO_EVIDENCE);
        assertThat(c.regressed()).isFalse();
        // with 2000 samples a p99 is judged
        RunRecord big = run("big", FigureData.samples("latencyMs", "ms", lognormal(3, 2000, 20, 0.4)));
        RunRecord big2 = run("big2", FigureData.samples("latencyMs", "ms", lognormal(4, 2000, 40, 0.4)));
        assertThat(RunComparison.of(big, big2, CompareSettings.DEFAULTS).changes().get(2).judgement())
                .isEqualTo(Judgement.REGRESSION);
    }

    @Test
    void tooFewSamplesAreReportedNotJudged() {
        RunRecord a = run("a", FigureData.samples("syncDurationMs", "ms", new double[] {100, 110, 120}));
        RunRecord b = run("b", FigureData.samples("syncDurationMs", "ms", new double[] {300, 310, 320}));
        RunComparison c = RunComparison.of(a, b, CompareSettings.DEFAULTS);
        assertThat(c.regressed()).isFalse();
        assertThat(c.changes()).allMatch(x -> x.judgement() == Judgement.NOT_JUDGED);
    }

    @Test
    void aSpikeThatSlowedOneBaselineRunWidensTheIntervalInsteadOfCryingWolf() {
        // runs of one workload: within-run noise is small (2000 samples), but one baseline run was slowed 15 %
        // by a load spike on the machine, and the candidate (same workload) is 12 % above the others
        RunRecord a1 = run("a1", FigureData.samples("latencyMs", "ms", lognormal(1, 2000, 100, 0.1)));
        RunRecord a2 = run("a2", FigureData.samples("latencyMs", "ms", lognormal(2, 2000, 115, 0.1)));
        RunRecord a3 = run("a3", FigureData.samples("latencyMs", "ms", lognormal(3, 2000, 100, 0.1)));
        RunRecord b = run("b", FigureData.samples("latencyMs", "ms", lognormal(4, 2000, 112, 0.1)));
        // against the latest run alone the within-run interval is narrow and lies beyond +10 %: a false alarm
        assertThat(RunComparison.of(a3, b, CompareSettings.DEFAULTS).regressed()).isTrue();
        // against the three runs the spread between them is counted: no evidence, and a wider interval
        RunComparison three = RunComparison.of(List.of(a1, a2, a3), b, CompareSettings.DEFAULTS);
        assertThat(three.regressed()).isFalse();
        assertThat(three.baseline()).isSameAs(a3);
        assertThat(three.baselines()).containsExactly(a1, a2, a3);
        FigureChange p50 = three.changes().get(0);
        FigureChange single = RunComparison.of(a3, b, CompareSettings.DEFAULTS).changes().get(0);
        assertThat(p50.high() - p50.low()).isGreaterThan(2 * (single.high() - single.low()));
        assertThat(p50.method()).contains("two-level bootstrap").contains("3 baseline runs");
        // the baseline's value is the geometric mean of the runs' medians
        assertThat(p50.baseline()).isBetween(100 * 0.97, 115 * 0.97);
    }

    @Test
    void aTwiceAsSlowCandidateIsStillARegressionAgainstSeveralRuns() {
        RunComparison c = RunComparison.of(List.of(latency("a1", 1, 20), latency("a2", 3, 21), latency("a3", 5, 19)),
                latency("b", 2, 40), CompareSettings.DEFAULTS);
        assertThat(c.regressed()).isTrue();
        assertThat(c.changes().get(0).low()).isGreaterThan(1.1);
    }

    @Test
    void aBaselineOfOneRunInAListIsTheSingleRunComparison() {
        RunComparison one = RunComparison.of(latency("a", 1, 20), latency("b", 2, 23), CompareSettings.DEFAULTS);
        RunComparison list = RunComparison.of(List.of(latency("a", 1, 20)), latency("b", 2, 23),
                CompareSettings.DEFAULTS);
        assertThat(list.changes()).isEqualTo(one.changes());
    }

    @Test
    void countsArePooledOverTheBaselineRuns() {
        RunRecord a1 = run("a1", FigureData.count("status429", "per request", 10, 1000, true));
        RunRecord a2 = run("a2", FigureData.count("status429", "per request", 30, 1000, true));
        RunRecord b = run("b", FigureData.count("status429", "per request", 20, 1000, true));
        FigureChange ch = RunComparison.of(List.of(a1, a2), b, CompareSettings.DEFAULTS).changes().get(0);
        assertThat(ch.baseline()).isEqualTo(0.02);
        assertThat(ch.ratio()).isEqualTo(1.0);
    }
}
