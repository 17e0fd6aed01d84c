package dev.ateraharness.stats;

import static dev.ateraharness.stats.Logs.SEC;
import static dev.ateraharness.stats.Logs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 14): a compliant burst (700 arrivals in the first 30 s of a 60 s window) read 112.8 % "of the
 * limit" in summary.md because utilisation was a rate / (N/W). Utilisation is now the share of what an exact
 * sliding log admits over the key's span, so a compliant key never exceeds 100 %; the rate stays a separate figure.
 */
class CompliantBurstUtilisationTest {

    static List<Arrival> burst() {
        return new ArrayList<>(Logs.even("k", 700, T0, 30 * SEC));
    }

    @Test
    void aCompliantBurstIsAtMostOneHundredPercent() {
        Verdict v = ComplianceCheck.builder().limit(700).window(Duration.ofSeconds(60)).build()
                .run(burst(), Optional.empty(), Optional.empty());
        CheckResult throughput = v.check(ThroughputCheck.ID).orElseThrow();
        assertThat(throughput.figure()).isLessThanOrEqualTo(1.0).isEqualTo(1.0);
        assertThat(throughput.figureText()).isEqualTo("100.0%");
        assertThat(throughput.outcome()).isEqualTo(CheckOutcome.PASS);
        // the rate over the burst is far above N/W, and stays reported as a rate
        @SuppressWarnings("unchecked")
        var key = ((List<java.util.Map<String, Object>>) throughput.details().get("keys")).get(0);
        assertThat((double) key.get("ratePerSecond")).isGreaterThan(v.settings().limitPerSecond());
        assertThat(v.check(WindowCheck.ID).orElseThrow().outcome()).isEqualTo(CheckOutcome.PASS);
    }

    @Test
    void everyCompliantSlidingLogScheduleStaysAtOrBelowOneHundredPercent() {
        // N at the start of each of five windows, exactly W apart (the saturated sliding log): 100 %, not 125 %
        List<Arrival> a = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            a.addAll(Logs.even("k", 700, T0 + w * 60 * SEC, 30 * SEC));
        }
        assertThat(Figures.utilisation(ArrivalLog.of(a).timesOf(0), 700, Duration.ofSeconds(60)))
                .isLessThanOrEqualTo(1.0);
    }

    @Test
    void thePlannersDefinitionIsTheSameFunction() {
        assertThat(Figures.utilisation(700, 1, 30 * SEC, 700, 60 * SEC)).isEqualTo(1.0);
        assertThat(Figures.capacity(60 * SEC, 700, 60 * SEC)).isEqualTo(1400);
    }

    @Test
    void summaryHtmlAndCheckPrintTheSameOneHundredPercent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path csv = dir.resolve("arrivals.csv");
        StringBuilder b = new StringBuilder("timestamp,key,method,path,status,retry_after_s\n");
        for (Arrival a : burst()) {
            b.append(a.timeNanos() / 1_000_000).append(".").append(String.format("%06d", a.timeNanos() % 1_000_000))
                    .append(",k,GET,/api/v3/tickets,200,\n");
        }
        java.nio.file.Files.writeString(csv, b);
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cl = dev.ateraharness.cli.AteraHarness.commandLine();
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(out, true));
        int exit = cl.execute("check", "--arrivals", csv.toString(), "--out", dir.resolve("r").toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("100.0%");
        String summary = java.nio.file.Files.readString(dir.resolve("r").resolve("summary.md"));
        String html = java.nio.file.Files.readString(dir.resolve("r").resolve("report.html"));
        for (String report : List.of(out.toString(), summary, html)) {
            assertThat(java.util.regex.Pattern.compile("(\\d+\\.\\d)%").matcher(report).results()
                    .map(m -> Double.parseDouble(m.group(1)))).allMatch(p -> p <= 100.0);
        }
        assertThat(summary).contains("100.0%");
        assertThat(html).contains("100.0%");
    }
}
