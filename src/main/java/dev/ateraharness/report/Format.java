package dev.ateraharness.report;

import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.ComplianceSettings;
import dev.ateraharness.time.Durations;
import java.util.Locale;
import java.util.TreeMap;

/** Small text helpers shared by the report writers. */
final class Format {

    private Format() {
    }

    static String figure(CheckResult c) {
        double f = c.figure();
        if (Double.isNaN(f)) {
            return "-";
        }
        if (f == Math.rint(f) && Math.abs(f) < 1e15) {
            return Long.toString((long) f);
        }
        return String.format(Locale.ROOT, "%.4g", f);
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
