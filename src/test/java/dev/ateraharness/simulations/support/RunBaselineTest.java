package dev.ateraharness.simulations.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.compare.RunHistory;
import dev.ateraharness.compare.RunRecord;
import dev.ateraharness.stats.Arrival;
import dev.ateraharness.evidence.Attempt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job's baseline gate on seeded synthetic logs: first run recorded, same run passes, slower run fails. */
class RunBaselineTest {

    static final SimulationSettings SETTINGS = SimulationSettings.from(Map.of("atera.limit", "700")::get);

    @TempDir
    Path dir;

    private final String baselineBefore = System.getProperty("atera.baseline");

    @org.junit.jupiter.api.BeforeEach
    void gateOn() {
        System.clearProperty("atera.baseline"); // the build turns the gate off for other tests (pom.xml)
    }

    @AfterEach
    void restore() {
        System.setProperty("atera.history", String.valueOf(System.getProperty("atera.history.saved", "")));
        System.clearProperty("atera.history.saved");
        if (baselineBefore == null) {
            System.clearProperty("atera.baseline");
        } else {
            System.setProperty("atera.baseline", baselineBefore);
        }
    }

    static List<Attempt> attempts(long seed, double medianMs) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Attempt> out = new ArrayList<>();
        long t = 1_800_000_000_000_000_000L;
        for (int i = 0; i < 400; i++) {
            double ms = medianMs * Math.exp(0.3 * (r.nextDouble() + r.nextDouble() + r.nextDouble() - 1.5));
            long sent = t + i * 50_000_000L;
            out.add(new Attempt("c", "k1", "GET", "/tickets", 1, sent, sent, 0, sent + (long) (ms * 1e6), 200, "ok",
                    "", Double.NaN, Double.NaN, Double.NaN));
        }
        return out;
    }

    static List<Arrival> arrivals(List<Attempt> attempts) {
        return attempts.stream().map(a -> new Arrival(a.sentNanos() + 1000, a.key(), a.method(), a.path(), 200,
                Double.NaN)).toList();
    }

    private RunBaseline.BaselineGate run(long seed, double medianMs, String name) throws Exception {
        List<Attempt> a = attempts(seed, medianMs);
        return RunBaseline.gate(SETTINGS, "FullSyncSimulation", a, arrivals(a), List.of(), true, dir.resolve(name));
    }

    @Test
    void theFirstRunIsRecordedTheSameWorkloadPassesAndASlowerOneFails() throws Exception {
        System.setProperty("atera.history.saved", System.getProperty("atera.history", ""));
        Path history = dir.resolve("history.jsonl");
        System.setProperty("atera.history", history.toString());

        RunBaseline.BaselineGate first = run(1, 100, "r1");
        assertThat(first.failure()).isEmpty();
        assertThat(first.console()).contains("baseline: none");

        RunBaseline.BaselineGate same = run(2, 100, "r2");
        assertThat(same.failure()).as(same.console()).isEmpty();
        assertThat(same.console()).contains("no evidence of regression");
        assertThat(dir.resolve("r2/compare.md")).exists();

        RunBaseline.BaselineGate slow = run(3, 200, "r3");
        assertThat(slow.failure()).isPresent();
        assertThat(slow.failure().get()).contains("performance regression").contains("latencyMs p50")
                .contains("interval");
        assertThat(Files.readString(dir.resolve("r3/compare-junit.xml"))).contains("<failure");

        // the regressed run is recorded as failed, so the next run is compared with r2, not with it
        List<RunRecord> records = new RunHistory(history).last(x -> true, 10);
        assertThat(records).extracting(RunRecord::passed).containsExactly(true, true, false);
        RunBaseline.BaselineGate next = run(4, 100, "r4");
        assertThat(next.console()).contains(records.get(1).runId());
        assertThat(next.failure()).isEmpty();
    }

    @Test
    void aNamedBaselineThatDoesNotExistFailsTheRunWithOneClearReason() throws Exception {
        System.setProperty("atera.history.saved", System.getProperty("atera.history", ""));
        System.setProperty("atera.history", dir.resolve("history.jsonl").toString());
        System.setProperty("atera.baseline", "no-such-run");
        RunBaseline.BaselineGate r = run(1, 100, "r");
        assertThat(r.failure()).get().asString().contains("no-such-run");
    }
}
