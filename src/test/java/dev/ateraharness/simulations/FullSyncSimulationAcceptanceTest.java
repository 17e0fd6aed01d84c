package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.InProcessGatling;
import dev.ateraharness.simulations.bridge.OperationOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main job's simulation runs end to end in-process against the embedded stub, compressed (20 per 2 s, 120
 * tickets, 2 workers for 3 s), writes its verdict next to Gatling's report, and its gates decide the exit code
 * (a p95 gate of 1 ms, or a failing compliance verdict, must fail it).
 */
class FullSyncSimulationAcceptanceTest {

    static final Map<String, String> SMALL = Map.of("atera.items", "120", "atera.workers", "2",
            "atera.limit", "20", "atera.window", "2s", "atera.duration", "3s");

    /** The main job with a verdict that fails, as it does when the client breaks the limit. */
    public static class FailingVerdict extends FullSyncSimulation {
        @Override
        protected OperationOutcome verdict() {
            super.verdict();
            return OperationOutcome.ko(OperationOutcome.NO_STATUS, "window check failed: 21 > 20");
        }
    }

    @AfterEach
    void clear() {
        SMALL.keySet().forEach(System::clearProperty);
        System.clearProperty("atera.p95Max");
    }

    @Test
    void a_compressed_full_sync_passes_its_gates_and_writes_its_verdict_beside_the_report(@TempDir Path results)
            throws Exception {
        SMALL.forEach(System::setProperty);
        InProcessGatling.Run run = InProcessGatling.run(FullSyncSimulation.class, results);
        assertThat(run.exitCode()).isEqualTo(InProcessGatling.SUCCESS);
        Path compliance = run.folder().resolve("compliance");
        assertThat(compliance.resolve("verdict.json")).exists();
        assertThat(Files.readString(compliance.resolve("verdict.json"))).contains("\"overall\" : \"pass\"");
        for (String f : new String[] {"junit.xml", "summary.md", "report.html", "arrivals.csv", "attempts.csv",
                "sync-summary.json"}) {
            assertThat(compliance.resolve(f)).isNotEmptyFile();
        }
    }

    /**
     * Issue 14: {@code check} on the main job's own {@code compliance/} logs (which hold the warm-up key too, labelled
     * in keys.csv) gives the same verdict and the same figures as the main job.
     */
    @Test
    void check_on_the_runs_own_logs_gives_the_same_verdict_and_figures(@TempDir Path results) throws Exception {
        SMALL.forEach(System::setProperty);
        InProcessGatling.Run run = InProcessGatling.run(FullSyncSimulation.class, results);
        assertThat(run.exitCode()).isEqualTo(InProcessGatling.SUCCESS);
        Path c = run.folder().resolve("compliance");
        assertThat(Files.readString(c.resolve("keys.csv"))).contains("warm-up");
        Path out = results.resolve("check");
        java.io.StringWriter text = new java.io.StringWriter();
        picocli.CommandLine cl = dev.ateraharness.cli.AteraHarness.commandLine();
        cl.setOut(new java.io.PrintWriter(text, true));
        cl.setErr(new java.io.PrintWriter(text, true));
        int exit = cl.execute("check", "--arrivals", c.resolve("arrivals.csv").toString(), "--attempts",
                c.resolve("attempts.csv").toString(), "--sync-summary", c.resolve("sync-summary.json").toString(),
                "--limit", "20", "--window", "2s", "--gate", "window,retry-after,pagination", "--out", out.toString());
        assertThat(exit).as(text.toString()).isZero();
        assertThat(text.toString()).contains("left out 1 warm-up key");
        com.fasterxml.jackson.databind.JsonNode job = dev.ateraharness.report.VerdictJson.read(c.resolve("verdict.json"));
        com.fasterxml.jackson.databind.JsonNode check = dev.ateraharness.report.VerdictJson.read(out.resolve("verdict.json"));
        assertThat(check.get("overall")).isEqualTo(job.get("overall"));
        assertThat(check.get("inputs")).isEqualTo(job.get("inputs"));
        assertThat(check.get("settings")).isEqualTo(job.get("settings"));
        assertThat(check.get("checks")).isEqualTo(job.get("checks"));
        assertThat(Files.readString(out.resolve("summary.md")))
                .isEqualTo(Files.readString(c.resolve("summary.md")));
    }

    @Test
    void an_unreachable_p95_gate_fails_the_run(@TempDir Path results) throws Exception {
        SMALL.forEach(System::setProperty);
        System.setProperty("atera.p95Max", "1ms");
        assertThat(InProcessGatling.run(FullSyncSimulation.class, results).exitCode())
                .isEqualTo(InProcessGatling.ASSERTIONS_FAILED);
    }

    @Test
    void a_failing_compliance_verdict_fails_the_run(@TempDir Path results) throws Exception {
        SMALL.forEach(System::setProperty);
        assertThat(InProcessGatling.run(FailingVerdict.class, results).exitCode())
                .isEqualTo(InProcessGatling.ASSERTIONS_FAILED);
    }
}
