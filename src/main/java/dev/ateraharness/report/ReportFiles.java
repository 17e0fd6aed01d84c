package dev.ateraharness.report;

import java.nio.file.Path;

/** Where {@link Reports#writeAll} put each file. */
public record ReportFiles(Path dir, Path verdictJson, Path html, Path junitXml, Path summaryMd) {
}
