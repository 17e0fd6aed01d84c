package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.compare.FigureData;
import dev.ateraharness.compare.RunHistory;
import dev.ateraharness.compare.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on seeded synthetic history records: exit codes, one-line errors, reproducible output. */
class CompareCommandTest {

    @TempDir
    Path dir;

    static RunRecord rec(String id, String fp, boolean passed, long seed, double median) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] s = new double[400];
        for (int i = 0; i < s.length; i++) {
            s[i] = median * Math.exp(0.3 * (r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5));
        }
        return new RunRecord(id, Instant.parse("2026-11-30T10:00:00Z"), "test", "", fp, Map.of("x", fp), passed,
                List.of(FigureData.samples("latencyMs", "ms", s), FigureData.count("retries", "per request", 5, 400,
                        true)));
    }

    private Path history() throws Exception {
        RunHistory h = new RunHistory(dir.resolve("history.jsonl"));
        h.append(rec("base", "fp", true, 1, 20));
        h.append(rec("bad", "fp", false, 2, 60));
        h.append(rec("same", "fp", true, 3, 20));
        h.append(rec("slow", "fp", true, 4, 40));
        h.append(rec("other", "fp2", true, 5, 20));
        return h.file();
    }

    @Test
    void runIdsInTheHistoryCompareWithExitCodesAndTheSameOutputTwice() throws Exception {
        String hist = history().toString();
        var ok = CompareCommandAcceptanceTest.compare("--baseline", "base", "--candidate", "same", "--history", hist,
                "--out", dir.resolve("r1").toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("no evidence of regression").contains(" to ");
        var again = CompareCommandAcceptanceTest.compare("--baseline", "base", "--candidate", "same", "--history",
                hist, "--out", dir.resolve("r1").toString());
        assertThat(again.out()).isEqualTo(ok.out());
        var slow = CompareCommandAcceptanceTest.compare("--baseline", "base", "--candidate", "slow", "--history",
                hist, "--out", dir.resolve("r2").toString());
        assertThat(slow.code()).isEqualTo(1);
        assertThat(slow.out()).contains("result: REGRESSION: latencyMs p50");
    }

    @Test
    void theDefaultBaselineIsTheLastPassingRunsWithTheirSpreadCounted() throws Exception {
        String hist = history().toString();
        // passing with fp before "slow": base and same (the failed "bad" is not one of them)
        var two = CompareCommandAcceptanceTest.compare("--candidate", "slow", "--history", hist, "--out",
                dir.resolve("k").toString());
        assertThat(two.out()).contains("baseline:  same").contains("and 1 earlier (2 runs, their spread counted)");
        assertThat(two.code()).as(two.out()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("k/compare.md"))).contains("Baseline `same` and 1 earlier run,");
        var one = CompareCommandAcceptanceTest.compare("--candidate", "slow", "--baseline-runs", "1", "--history",
                hist, "--out", dir.resolve("k1").toString());
        assertThat(one.out()).contains("baseline:  same").doesNotContain("earlier");
        var named = CompareCommandAcceptanceTest.compare("--baseline", "base", "--baseline", "same", "--candidate",
                "slow", "--history", hist, "--out", dir.resolve("k2").toString());
        assertThat(named.out()).isEqualTo(two.out().replace(dir.resolve("k").toString(), dir.resolve("k2").toString()));
        var bad = CompareCommandAcceptanceTest.compare("--candidate", "slow", "--baseline-runs", "0", "--history",
                hist, "--out", dir.resolve("k3").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("error: --baseline-runs must be in 1..100, not 0");
    }

    @Test
    void theDefaultBaselineSkipsFailedRunsAndOtherSettings() throws Exception {
        String hist = history().toString();
        // latest passing with fingerprint fp before "slow" is "same" (the failed "bad" is skipped)
        var r = CompareCommandAcceptanceTest.compare("--candidate", "slow", "--history", hist, "--out",
                dir.resolve("r").toString());
        assertThat(r.out()).contains("baseline:  same");
        assertThat(r.code()).isEqualTo(1);
        var none = CompareCommandAcceptanceTest.compare("--candidate", "other", "--history", hist, "--out",
                dir.resolve("r").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err().strip().lines()).hasSize(1);
        assertThat(none.err()).contains("no passing run with the candidate's settings fingerprint fp2");
    }

    @Test
    void aHistoryFileStandsForItsLatestRecordAndAToleranceCanBeWidened() throws Exception {
        String hist = history().toString();
        var r = CompareCommandAcceptanceTest.compare("--baseline", "base", "--candidate", hist, "--history", hist,
                "--tolerance", "10%", "--out", dir.resolve("r").toString());
        assertThat(r.out()).contains("candidate: other");
        var wide = CompareCommandAcceptanceTest.compare("--baseline", "base", "--candidate", "slow", "--history",
                hist, "--tolerance", "1.5", "--out", dir.resolve("r").toString());
        assertThat(wide.code()).isZero();
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        String hist = history().toString();
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "key,attempt,intended,status,outcome\nk,1,not-a-time,200,ok\n");
        List<String[]> bad = List.of(
                new String[] {"--baseline", "nope", "--candidate", "same", "--history", hist},
                new String[] {"--baseline", broken.toString(), "--candidate", "same", "--history", hist},
                new String[] {"--baseline", "base", "--candidate", "same", "--history", hist, "--tolerance", "ten"},
                new String[] {"--baseline", "base", "--candidate", "same", "--history", hist, "--confidence", "2"},
                new String[] {"--baseline", "base"});
        for (String[] args : bad) {
            String[] withOut = java.util.Arrays.copyOf(args, args.length + 2);
            withOut[args.length] = "--out";
            withOut[args.length + 1] = dir.resolve("x").toString();
            var r = CompareCommandAcceptanceTest.compare(withOut);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        }
    }
}
