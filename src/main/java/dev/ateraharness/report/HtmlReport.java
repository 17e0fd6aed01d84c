package dev.ateraharness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.Verdict;
import java.util.List;

/**
 * report.html: one self-contained page that opens offline (inline CSS, charts as base64 PNG data URIs, no
 * scripts): the overall verdict, the settings judged against, the checks table, the per-key comparison, the
 * charts, and each check's details.
 */
public final class HtmlReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final String CSS = "body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;"
            + "color:#222}table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #ccc;"
            + "padding:4px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}.pass{color:#176f2c;"
            + "font-weight:bold}.fail{color:#b00020;font-weight:bold}.inconclusive{color:#777;font-weight:bold}"
            + "img{max-width:100%;border:1px solid #eee}pre{background:#f8f8f8;padding:8px;overflow:auto}"
            + "figcaption{color:#555}";

    private HtmlReport() {
    }

    public static String write(Verdict v, List<Chart> charts) {
        StringBuilder b = new StringBuilder(1 << 16);
        String overall = v.overall().json();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>atera-harness compliance: ")
                .append(overall).append("</title><style>").append(CSS).append("</style></head><body>\n");
        b.append("<h1>Compliance verdict: <span class=\"").append(overall).append("\">")
                .append(overall.toUpperCase(java.util.Locale.ROOT)).append("</span></h1>\n");
        b.append("<p>Judged at ").append(Format.html(v.judgedAt().toString())).append(" against: ")
                .append(Format.html(Format.settingsLine(v.settings()))).append(".</p>\n");
        b.append("<p>").append(v.evidence().arrivals().size()).append(" arrivals over ")
                .append(v.evidence().arrivals().keys().size()).append(" key(s)")
                .append(v.evidence().attempts().map(a -> "; " + a.size() + " attempts").orElse("; no attempt log"))
                .append(v.evidence().syncSummary().map(s -> "; sync summary of " + s.size() + " entities")
                        .orElse("; no sync summary"))
                .append(".</p>\n");
        b.append("<h2>Checks</h2>\n<table><tr><th>check</th><th>verdict</th><th>gate</th><th>figure</th>"
                + "<th>threshold</th><th>explanation</th></tr>\n");
        for (CheckResult c : v.checks()) {
            b.append("<tr><td>").append(Format.html(c.title())).append("<br><code>").append(c.id())
                    .append("</code></td><td class=\"").append(c.outcome().json()).append("\">")
                    .append(c.outcome().json()).append("</td><td>").append(c.gate() ? "yes" : "no").append("</td><td>")
                    .append(Format.html(Format.figure(c) + " " + c.unit())).append("</td><td>")
                    .append(Format.html(c.threshold())).append("</td><td>").append(Format.html(c.explanation()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
        List<List<String>> keys = KeyTable.rows(v);
        if (!keys.isEmpty()) {
            b.append("<h2>Per key</h2>\n<table><tr>");
            KeyTable.HEADERS.forEach(h -> b.append("<th>").append(Format.html(h)).append("</th>"));
            b.append("</tr>\n");
            for (List<String> r : keys) {
                b.append("<tr>");
                r.forEach(cell -> b.append("<td>").append(Format.html(cell)).append("</td>"));
                b.append("</tr>\n");
            }
            b.append("</table>\n");
        }
        if (!charts.isEmpty()) {
            b.append("<h2>Charts</h2>\n");
        }
        for (Chart c : charts) {
            b.append("<figure id=\"").append(c.id()).append("\"><h3>").append(Format.html(c.title()))
                    .append("</h3>").append(HtmlEmbed.pngImage(c.title(), c.png())).append("<figcaption>")
                    .append(Format.html(c.caption())).append("</figcaption></figure>\n");
        }
        b.append("<h2>Details</h2>\n");
        for (CheckResult c : v.checks()) {
            b.append("<details><summary>").append(Format.html(c.id())).append("</summary><pre>")
                    .append(Format.html(json(VerdictJson.clean(c.details())))).append("</pre></details>\n");
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            return String.valueOf(o);
        }
    }
}
