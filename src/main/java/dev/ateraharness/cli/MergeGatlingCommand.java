package dev.ateraharness.cli;

import dev.ateraharness.report.Reports;
import dev.ateraharness.report.gatling.SimulationLogException;
import dev.ateraharness.report.gatling.SimulationLogMerge;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code atera-harness merge-gatling}: merges the Gatling 3.15 {@code simulation.log} files of k injectors of one
 * simulation into one run folder that Gatling's reports-only mode renders as one report. Exit 0 merged, 2 bad input
 * (one line; nothing written).
 */
@Command(name = "merge-gatling", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge the simulation.log files of k Gatling runs of one simulation (k injectors, on one "
                + "machine or k) into one run folder, then render it as ONE Gatling report with Gatling's "
                + "reports-only mode (the command prints how).",
            "Every record of every log is kept once, its times rebased onto the earliest run's start, scenarios "
                + "united by name, records interleaved in time order. The run description and assertions are the "
                + "first log's (the runs are of one simulation); --no-assertions drops them.",
            "Gatling 3.15's binary format only, and every log must come from the same Gatling version and "
                + "simulation class. A truncated or corrupt log is refused with its name and byte offset; then "
                + "nothing is written.",
            "Exit codes: 0 merged, 2 usage error or unreadable input."})
public final class MergeGatlingCommand implements Callable<Integer> {

    static final String LOG = "simulation.log";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LOG",
            description = "A Gatling simulation.log, or a Gatling run folder holding one (e.g. "
                    + "reports/gatling/fullsyncsimulation-20261201...); two or more make sense.")
    List<Path> logs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Run folder to write DIR/simulation.log into (created; an existing simulation.log there is "
                    + "replaced). Default: reports/gatling/merged-<yyyyMMdd-HHmmss>, in the results folder that "
                    + "mvn gatling:test uses (pom.xml), so -Dgatling.reportsOnly takes its bare name.")
    Path out;

    @Option(names = "--no-assertions",
            description = "Drop the assertions instead of keeping the first log's. Use it when they count per "
                    + "injector (e.g. 'worker done' is exactly atera.workers): on the sum of k runs they would fail.")
    boolean noAssertions;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = (out != null ? out : Path.of("reports", "gatling", Reports.runId("merged", Instant.now())))
                .normalize();
        SimulationLogMerge.Result r;
        try {
            List<Path> files = new ArrayList<>();
            for (Path p : logs) {
                files.add(Files.isDirectory(p) ? p.resolve(LOG) : p);
            }
            r = SimulationLogMerge.merge(files, dir.resolve(LOG), noAssertions
                    ? SimulationLogMerge.AssertionSource.NONE : SimulationLogMerge.AssertionSource.FIRST_INPUT);
        } catch (SimulationLogException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        } catch (IOException e) {
            return OneLineUsageErrors.usage(err, "cannot merge into " + dir + ": " + e);
        }
        o.println("merged " + r.recordsPerInput().size() + " logs of " + r.simulationClassName() + " (Gatling "
                + r.gatlingVersion() + "): " + r.records() + " records " + r.recordsPerInput() + ", scenarios "
                + r.scenarios() + ", start " + r.start());
        o.println("assertions: " + (noAssertions ? "none (--no-assertions)" : r.assertions() + " from " + logs.get(0)
                + (r.assertionsDiffer() ? " (note: the logs' assertions differ; the first log's are kept)" : "")));
        o.println("wrote " + r.output());
        o.println("render it: mvn gatling:test -Dgatling.reportsOnly=" + reportsOnlyArgument(dir)
                + "   (the report lands in " + dir + ")");
        o.flush();
        return ExitCodes.OK;
    }

    /**
     * What -Dgatling.reportsOnly takes for {@code dir}: gatling-maven-plugin 4.21 passes it to Gatling as {@code -ro},
     * which resolves it against the results folder (pom.xml: reports/gatling); an absolute path resolves to itself.
     */
    static String reportsOnlyArgument(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path results = Path.of("reports", "gatling").toAbsolutePath().normalize();
        return results.equals(abs.getParent()) ? abs.getFileName().toString() : abs.toString();
    }
}
