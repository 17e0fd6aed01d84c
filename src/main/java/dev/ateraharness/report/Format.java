package dev.ateraharness.report;

import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.ComplianceSettings;
import dev.ateraharness.stats.Figures;
import dev.ateraharness.time.Durations;
import java.util.Locale;
import java.util.TreeMap;

/** Small text helpers shared by the report writers. */
final class Format {

    private Format() {
    }

    static String figure(CheckResult c) {
        return c.figureText();
    }

    /** A share as every report prints it. */
    static String percent(double share) {
        return Figures.percent(share);
    }

    /** One line naming the settings judged against. */
    static String settingsLine(ComplianceSettings s) {
        return String.format(Locale.ROOT,
                "limit N = %d per W = %s per key (N/W = %.3f/s); gates: %s; backoff multiplier %s; confidence %.0f%%; "
                    + "KS alpha %s; Retry-After tolerance %s ms, grace %s%s",
                s.limit(), Durations.describe(s.window()), s.limitPerSecond(),
                String.join(", ", new java.util.TreeSet<>(s.gates())), s.backoffMultiplier(), s.confidence() * 100,
                s.ksAlpha(), s.retryAfterToleranceMs(), s.retryAfterGrace(),
                s.labels().isEmpty() ? "" : "; labels: " + new TreeMap<>(s.labels()));
    }

    static String html(String s) {
        return HtmlEmbed.escape(s);
    }

    static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
