package dev.ateraharness.report;

import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.Verdict;
import java.util.List;

/** summary.md: a short Markdown page for CI step summaries (GitHub's $GITHUB_STEP_SUMMARY and the like). */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    public static String write(Verdict v) {
        StringBuilder b = new StringBuilder();
        b.append("## atera-harness compliance: ").append(v.overall().json().toUpperCase(java.util.Locale.ROOT))
                .append("\n\n");
        b.append("Judged against: ").append(Format.md(Format.settingsLine(v.settings()))).append(".\n\n");
        b.append("| check | verdict | gate | figure | threshold | explanation |\n");
        b.append("|---|---|---|---|---|---|\n");
        for (CheckResult c : v.checks()) {
            b.append("| ").append(Format.md(c.title())).append(" (`").append(c.id()).append("`) | ")
                    .append(icon(c)).append(c.outcome().json()).append(" | ").append(c.gate() ? "yes" : "no")
                    .append(" | ").append(Format.figure(c)).append(' ').append(Format.md(c.unit())).append(" | ")
                    .append(Format.md(c.threshold())).append(" | ").append(Format.md(c.explanation()))
                    .append(" |\n");
        }
        List<List<String>> keys = KeyTable.rows(v);
        if (!keys.isEmpty()) {
            b.append("\n### Per key\n\n| ").append(String.join(" | ", KeyTable.HEADERS)).append(" |\n|");
            b.append("---|".repeat(KeyTable.HEADERS.size())).append('\n');
            for (List<String> r : keys) {
                b.append("| ");
                for (String cell : r) {
                    b.append(Format.md(cell)).append(" | ");
                }
                b.setLength(b.length() - 1);
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String icon(CheckResult c) {
        return switch (c.outcome()) {
            case PASS -> "✅ ";
            case FAIL -> c.gate() ? "❌ " : "⚠️ ";
            case INCONCLUSIVE -> "➖ ";
        };
    }
}
