package dev.ateraharness.report;

import dev.ateraharness.stats.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a verdict's four reports into one directory (created if absent; files there are overwritten):
 * {@code verdict.json}, {@code report.html}, {@code junit.xml}, {@code summary.md}.
 *
 * <p>Every report names the settings it judged against. It does not decide where runs go beyond
 * {@link #defaultDir}; a Gatling simulation may pass its own results folder.
 */
public final class Reports {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private Reports() {
    }

    /** {@code <prefix>-yyyyMMdd-HHmmss} in UTC, e.g. {@code check-20261129-173000}. */
    public static String runId(String prefix, Instant at) {
        return prefix + "-" + RUN_ID.format(at);
    }

    /** {@code reports/<run-id>} under the working directory. */
    public static Path defaultDir(String prefix, Instant at) {
        return Path.of("reports", runId(prefix, at));
    }

    public static ReportFiles writeAll(Verdict v, Path dir) throws IOException {
        Files.createDirectories(dir);
        ReportFiles f = new ReportFiles(dir, dir.resolve("verdict.json"), dir.resolve("report.html"),
                dir.resolve("junit.xml"), dir.resolve("summary.md"));
        Files.writeString(f.verdictJson(), VerdictJson.write(v), StandardCharsets.UTF_8);
        Files.writeString(f.html(), HtmlReport.write(v, Charts.all(v)), StandardCharsets.UTF_8);
        Files.writeString(f.junitXml(), JUnitXml.write(v), StandardCharsets.UTF_8);
        Files.writeString(f.summaryMd(), MarkdownSummary.write(v), StandardCharsets.UTF_8);
        return f;
    }
}
