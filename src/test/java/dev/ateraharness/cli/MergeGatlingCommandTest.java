package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.report.gatling.SimulationLogHeader;
import dev.ateraharness.report.gatling.SimulationLogReader;
import dev.ateraharness.report.gatling.SimulationLogRecord;
import dev.ateraharness.report.gatling.SimulationLogWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code merge-gatling}: run folders or files in, one run folder out, how to render it; errors in one line. */
class MergeGatlingCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AteraHarness.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path log(Path runFolder, String simulation, long start, int requests) throws IOException {
        Files.createDirectories(runFolder);
        Path file = runFolder.resolve("simulation.log");
        try (OutputStream os = Files.newOutputStream(file); SimulationLogWriter w = new SimulationLogWriter(os,
                new SimulationLogHeader("3.15.1", simulation, start, "", List.of("workers"), List.of()))) {
            w.write(new SimulationLogRecord.UserRecord(0, true, 0));
            for (int i = 1; i <= requests; i++) {
                w.write(new SimulationLogRecord.RequestRecord(List.of(), "op", i, i + 1, true, ""));
            }
            w.write(new SimulationLogRecord.UserRecord(0, false, requests + 2));
        }
        return file;
    }

    @Test
    void merges_run_folders_and_log_files_into_one_run_folder_and_says_how_to_render_it(@TempDir Path dir)
            throws IOException {
        Path a = log(dir.resolve("sim-1"), "S", 1_000, 3).getParent();
        Path b = log(dir.resolve("sim-2"), "S", 1_500, 4);
        Path out = dir.resolve("merged");
        Run r = run("merge-gatling", "--out", out.toString(), a.toString(), b.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("merged 2 logs of S (Gatling 3.15.1): 11 records [5, 6]")
                .contains("render it: mvn gatling:test -Dgatling.reportsOnly=" + out.toAbsolutePath());
        try (SimulationLogReader reader = SimulationLogReader.open(out.resolve("simulation.log"))) {
            assertThat(reader.header().start()).isEqualTo(1_000);
            int n = 0;
            while (reader.next() != null) {
                n++;
            }
            assertThat(n).isEqualTo(11);
        }
    }

    @Test
    void a_folder_under_the_results_folder_is_named_by_its_bare_name() {
        assertThat(MergeGatlingCommand.reportsOnlyArgument(Path.of("reports", "gatling", "merged-1")))
                .isEqualTo("merged-1");
        assertThat(MergeGatlingCommand.reportsOnlyArgument(Path.of("elsewhere", "merged-1")))
                .isEqualTo(Path.of("elsewhere", "merged-1").toAbsolutePath().toString());
    }

    @Test
    void a_bad_input_is_one_line_and_exit_2_and_nothing_is_written(@TempDir Path dir) throws IOException {
        Path a = log(dir.resolve("sim-1"), "S", 1_000, 3);
        Path b = log(dir.resolve("sim-2"), "Other", 1_000, 3);
        Path out = dir.resolve("merged");
        Run r = run("merge-gatling", "--out", out.toString(), a.toString(), b.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).startsWith("error: " + b).contains("Other").doesNotContain("\n");
        assertThat(out.resolve("simulation.log")).doesNotExist();
    }

    @Test
    void no_log_is_a_usage_error() {
        Run r = run("merge-gatling");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).contains("LOG").doesNotContain("\n");
    }

    @Test
    void help_says_what_it_does_and_what_it_does_not() {
        Run r = run("merge-gatling", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("reports-only").contains("Gatling 3.15").contains("--no-assertions")
                .contains("--out");
    }
}
