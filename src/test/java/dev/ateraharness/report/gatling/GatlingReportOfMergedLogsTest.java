package dev.ateraharness.report.gatling;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.simulations.bridge.InProcessGatling;
import dev.ateraharness.simulations.bridge.OperationOutcome;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs written by Gatling 3.15 itself (two in-process runs of one simulation, as two injectors with different user
 * counts and scenario sets), merged, then read by Gatling's own report generator in reports-only mode: the report
 * renders, its request counts are the sums of the two runs, and the assertions (the first run's, stated as the
 * totals) pass on the merged log while they fail on either log alone.
 */
class GatlingReportOfMergedLogsTest {

    static final String OK_NAME = "sync → 日本 tickets";
    static final String KO_NAME = "fails é";

    /** One injector: users per scenario from system properties; the assertions state the k runs' totals. */
    public static class Injector extends Simulation {
        {
            int users = Integer.getInteger("gmerge.users", 1);
            List<PopulationBuilder> populations = new ArrayList<>();
            for (String name : System.getProperty("gmerge.scenarios", "alpha").split(",")) {
                populations.add(scenario(name).exec(
                        operation(OK_NAME, s -> CompletableFuture.completedFuture(OperationOutcome.ok(200))),
                        operation(KO_NAME, s -> CompletableFuture.completedFuture(
                                OperationOutcome.ko(500, "boom № " + name)))).pause(Duration.ofMillis(30))
                        .injectOpen(atOnceUsers(users)));
            }
            long okTotal = Long.getLong("gmerge.okTotal", 0);
            setUp(populations).maxDuration(Duration.ofSeconds(20))
                    .assertions(details(OK_NAME).successfulRequests().count().is(okTotal),
                            global().failedRequests().count().is(okTotal));
        }
    }

    private static final Pattern REQUEST_COUNT =
            Pattern.compile("request count\\s*\\|\\s*([\\d,]+)\\s*\\|\\s*([\\d,]+)\\s*\\|\\s*([\\d,]+)");

    @Test
    void gatlings_report_of_the_merged_log_counts_the_sum_of_both_runs(@TempDir Path tmp) throws Exception {
        // injector 1: 3 users in one scenario; injector 2: 2 users in each of two scenarios, one of them new
        long okTotal = 3 + 2 * 2;
        Path one = run(tmp.resolve("one"), 3, "alpha", okTotal);
        Path two = run(tmp.resolve("two"), 2, "beta,alpha", okTotal);
        long requestsOne = requests(one);
        long requestsTwo = requests(two);
        assertThat(requestsOne).isEqualTo(2 * 3);
        assertThat(requestsTwo).isEqualTo(2 * 4);

        Path results = tmp.resolve("results");
        SimulationLogMerge.Result merged = SimulationLogMerge.merge(List.of(one, two),
                results.resolve("merged").resolve("simulation.log"));
        assertThat(merged.scenarios()).containsExactly("alpha", "beta");
        assertThat(merged.assertions()).isEqualTo(2);

        Rendered report = reportsOnly(results, "merged");
        assertThat(report.exitCode()).as("the totals' assertions on the merged log; console:%n%s", report.console())
                .isEqualTo(InProcessGatling.SUCCESS);
        assertThat(results.resolve("merged").resolve("index.html")).isRegularFile();
        assertThat(report.requestCounts()).containsExactly(requestsOne + requestsTwo, okTotal, okTotal);

        // the same assertions on one injector's log alone fail: they are not vacuous
        Path alone = results.resolve("alone").resolve("simulation.log");
        SimulationLogMerge.merge(List.of(one), alone);
        Rendered single = reportsOnly(results, "alone");
        assertThat(single.exitCode()).isEqualTo(InProcessGatling.ASSERTIONS_FAILED);
        assertThat(single.requestCounts()).containsExactly(requestsOne, 3L, 3L);
    }

    private static Path run(Path results, int users, String scenarios, long okTotal) throws IOException {
        System.setProperty("gmerge.users", Integer.toString(users));
        System.setProperty("gmerge.scenarios", scenarios);
        System.setProperty("gmerge.okTotal", Long.toString(okTotal));
        try {
            InProcessGatling.Run run = InProcessGatling.run(Injector.class, results);
            assertThat(run.exitCode()).isEqualTo(InProcessGatling.ASSERTIONS_FAILED); // alone: not the totals
            return run.folder().resolve("simulation.log");
        } finally {
            System.clearProperty("gmerge.users");
            System.clearProperty("gmerge.scenarios");
            System.clearProperty("gmerge.okTotal");
        }
    }

    private static long requests(Path log) throws IOException {
        return RandomLogs.read(log).records().stream()
                .filter(r -> r instanceof SimulationLogRecord.RequestRecord).count();
    }

    record Rendered(int exitCode, String console) {
        /** Gatling's console table: total, OK and KO requests. */
        List<Long> requestCounts() {
            Matcher m = REQUEST_COUNT.matcher(console);
            assertThat(m.find()).as("request count in Gatling's console:%n%s", console).isTrue();
            return Arrays.asList(number(m.group(1)), number(m.group(2)), number(m.group(3)));
        }

        private static long number(String s) {
            return Long.parseLong(s.replace(",", ""));
        }
    }

    /** Gatling's reports-only mode (what -Dgatling.reportsOnly runs) in this JVM, its console captured. */
    private static Rendered reportsOnly(Path results, String runFolder) throws IOException {
        Path console = results.resolve(runFolder + "-console.txt");
        PrintStream originalOut = System.out;
        int code;
        try (PrintStream captured = new PrintStream(Files.newOutputStream(console), true, StandardCharsets.UTF_8)) {
            System.setOut(captured);
            code = scala.Console$.MODULE$.withOut(captured, () -> io.gatling.app.Gatling$.MODULE$.fromArgs(
                    new String[] {"-ro", runFolder, "-rf", results.toString()}));
        } finally {
            System.setOut(originalOut);
        }
        return new Rendered(code, Files.readString(console));
    }
}
