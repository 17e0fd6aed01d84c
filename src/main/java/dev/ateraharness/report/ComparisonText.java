package dev.ateraharness.report;

import dev.ateraharness.compare.FigureChange;
import dev.ateraharness.compare.RunComparison;
import dev.ateraharness.compare.RunRecord;
import java.util.List;
import java.util.Locale;

/**
 * A run comparison as plain text (console) and as Markdown made for a pull-request comment: one row per figure
 * and statistic with baseline, candidate, the change, its interval and the judgement, and one result line.
 */
public final class ComparisonText {

    static final List<String> HEADERS = List.of("figure", "statistic", "baseline", "candidate", "change",
            "interval", "judgement");

    private ComparisonText() {
    }

    /** {@code REGRESSION} or {@code NO EVIDENCE OF REGRESSION}, with the first regression's sentence. */
    public static String resultLine(RunComparison c) {
        return c.firstRegression().map(r -> "result: REGRESSION: " + r.explanation())
                .orElse(String.format(Locale.ROOT, "result: no evidence of regression (tolerance %s, %.0f%% "
                        + "intervals)", tolerance(c), 100 * c.settings().confidence()));
    }

    /** The console table. */
    public static String text(RunComparison c) {
        StringBuilder b = new StringBuilder();
        b.append("baseline:  ").append(describe(c.baseline()));
        if (c.baselines().size() > 1) {
            b.append(String.format(Locale.ROOT, " and %d earlier (%d runs, their spread counted)",
                    c.baselines().size() - 1, c.baselines().size()));
        }
        b.append('\n');
        b.append("candidate: ").append(describe(c.candidate())).append('\n');
        List<List<String>> rows = rows(c);
        int[] w = new int[HEADERS.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = HEADERS.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        line(b, HEADERS, w);
        rows.forEach(r -> line(b, r, w));
        for (FigureChange ch : c.changes()) {
            if (!Double.isNaN(ch.pValue())) {
                b.append(String.format(Locale.ROOT, "%s: Mann-Whitney p = %.3g for a shift%n", ch.figure(),
                        ch.pValue()));
                break;
            }
        }
        b.append(resultLine(c)).append('\n');
        return b.toString();
    }

    /** The Markdown page for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}. */
    public static String markdown(RunComparison c) {
        StringBuilder b = new StringBuilder();
        b.append("## atera-harness compare: ").append(c.regressed() ? "❌ regression" : "✅ no evidence of regression")
                .append("\n\n");
        b.append("Baseline `").append(c.baseline().runId()).append('`').append(commit(c.baseline()))
                .append(c.baselines().size() > 1 ? String.format(Locale.ROOT, " and %d earlier run%s",
                        c.baselines().size() - 1, c.baselines().size() > 2 ? "s" : "") : "")
                .append(", candidate `").append(c.candidate().runId()).append('`').append(commit(c.candidate()))
                .append(String.format(Locale.ROOT, ". Tolerance %s; %.0f%% intervals; a regression needs the "
                        + "whole interval beyond the tolerance.%n%n", tolerance(c), 100 * c.settings().confidence()));
        b.append("| ").append(String.join(" | ", HEADERS)).append(" |\n|").append("---|".repeat(HEADERS.size()))
                .append('\n');
        for (List<String> r : rows(c)) {
            b.append("| ").append(String.join(" | ", r.stream().map(Format::md).toList())).append(" |\n");
        }
        b.append("\n").append(Format.md(resultLine(c))).append("\n\n<sub>Methods: percentiles by seeded bootstrap "
                + "of the ratio (seed ").append(c.settings().seed()).append(", ").append(c.settings().resamples())
                .append(" resamples) with a Mann-Whitney test for a shift; counts by the Poisson rate ratio (exact "
                + "conditional interval); max in any window exact.</sub>\n");
        return b.toString();
    }

    static List<List<String>> rows(RunComparison c) {
        return c.changes().stream().map(ch -> List.of(ch.figure(), ch.statistic(), value(ch.baseline(), ch.unit()),
                value(ch.candidate(), ch.unit()), RunComparison.percent(ch.ratio()), interval(ch),
                ch.judgement().words())).toList();
    }

    static String interval(FigureChange ch) {
        if (Double.isNaN(ch.low())) {
            return ch.method().startsWith("exact") ? "exact" : "-";
        }
        return RunComparison.percent(ch.low()) + " to " + RunComparison.percent(ch.high());
    }

    static String value(double v, String unit) {
        if (Double.isNaN(v)) {
            return "-";
        }
        String n = v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v)
                : Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.4g", v);
        return unit.equals("ms") ? n + " ms" : n;
    }

    static String tolerance(RunComparison c) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * c.settings().tolerance());
    }

    static String describe(RunRecord r) {
        return r.runId() + " (" + r.source() + (r.commit().isEmpty() ? "" : ", commit " + shortCommit(r)) + ")";
    }

    private static String commit(RunRecord r) {
        return r.commit().isEmpty() ? "" : " (" + shortCommit(r) + ")";
    }

    private static String shortCommit(RunRecord r) {
        return r.commit().substring(0, Math.min(10, r.commit().length()));
    }

    private static void line(StringBuilder b, List<String> cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            l.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%-" + w[i] + "s", cells.get(i)));
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }
}
