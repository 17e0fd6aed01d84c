package dev.ateraharness.report;

import dev.ateraharness.compare.RunComparison;
import dev.ateraharness.compare.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a comparison's reports into one directory (created if absent; files overwritten): {@code compare.html}
 * (the table, both distributions, the trend over the given runs), {@code compare-junit.xml} and
 * {@code compare.md} (for a pull-request comment).
 */
public final class ComparisonReports {

    private static final String CSS = "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;"
            + "color:#222}table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #ccc;"
            + "padding:4px 8px;text-align:left}th{background:#f4f4f4}.regression{color:#b00020;font-weight:bold}"
            + "img{max-width:100%;border:1px solid #eee}figcaption{color:#555}";

    /** The files written. */
    public record Written(Path dir, Path html, Path junitXml, Path markdown) {
    }

    private ComparisonReports() {
    }

    public static Written writeAll(RunComparison c, List<RunRecord> trend, Path dir) throws IOException {
        Files.createDirectories(dir);
        Written f = new Written(dir, dir.resolve("compare.html"), dir.resolve("compare-junit.xml"),
                dir.resolve("compare.md"));
        Files.writeString(f.html(), html(c, ComparisonCharts.all(c, trend)), StandardCharsets.UTF_8);
        Files.writeString(f.junitXml(), ComparisonJUnit.write(c), StandardCharsets.UTF_8);
        Files.writeString(f.markdown(), ComparisonText.markdown(c), StandardCharsets.UTF_8);
        return f;
    }

    static String html(RunComparison c, List<Chart> charts) {
        StringBuilder b = new StringBuilder(1 << 16);
        String result = c.regressed() ? "regression" : "no evidence of regression";
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>atera-harness compare: ")
                .append(result).append("</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>Compare: <span class=\"").append(c.regressed() ? "regression" : "ok").append("\">")
                .append(result).append("</span></h1>\n");
        b.append("<p>Baseline ").append(Format.html(ComparisonText.describe(c.baseline()))).append("<br>Candidate ")
                .append(Format.html(ComparisonText.describe(c.candidate()))).append("</p>\n");
        b.append(String.format(Locale.ROOT, "<p>Tolerance %s; %.0f%% intervals; a regression needs the whole "
                + "interval beyond the tolerance.</p>%n", ComparisonText.tolerance(c), 100 * c.settings().confidence()));
        b.append("<table><tr>");
        ComparisonText.HEADERS.forEach(h -> b.append("<th>").append(h).append("</th>"));
        b.append("<th>method</th></tr>\n");
        List<List<String>> rows = ComparisonText.rows(c);
        for (int i = 0; i < rows.size(); i++) {
            boolean reg = c.changes().get(i).regressed();
            b.append(reg ? "<tr class=\"regression\">" : "<tr>");
            rows.get(i).forEach(cell -> b.append("<td>").append(Format.html(cell)).append("</td>"));
            b.append("<td>").append(Format.html(c.changes().get(i).method())).append("</td></tr>\n");
        }
        b.append("</table>\n<p>").append(Format.html(ComparisonText.resultLine(c))).append("</p>\n");
        for (Chart ch : charts) {
            b.append("<figure><h2>").append(Format.html(ch.title())).append("</h2>")
                    .append(HtmlEmbed.pngImage(ch.title(), ch.png())).append("<figcaption>")
                    .append(Format.html(ch.caption())).append("</figcaption></figure>\n");
        }
        b.append("</body></html>\n");
        return b.toString();
    }
}
