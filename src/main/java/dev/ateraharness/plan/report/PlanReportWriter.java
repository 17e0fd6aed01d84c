package dev.ateraharness.plan.report;

import static dev.ateraharness.report.HtmlEmbed.escape;

import dev.ateraharness.time.Durations;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.plan.Scenario;
import dev.ateraharness.report.HtmlEmbed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a plan's report into one directory: {@code plan.json}, {@code plan.md} (with the charts as PNG files
 * beside it), and {@code plan.html}, self-contained (charts embedded as PNG data URIs; no scripts, no network).
 */
public final class PlanReportWriter {

    private PlanReportWriter() {
    }

    /** Writes the report and returns the files written. */
    public static List<Path> write(PlanResult plan, String runId, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Map<String, byte[]> charts = PlanCharts.render(plan);
        written.add(Files.writeString(dir.resolve("plan.json"), PlanJson.text(plan, runId), StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> c : charts.entrySet()) {
            written.add(Files.write(dir.resolve(c.getKey() + ".png"), c.getValue()));
        }
        written.add(Files.writeString(dir.resolve("plan.md"), markdown(plan, runId, charts), StandardCharsets.UTF_8));
        written.add(Files.writeString(dir.resolve("plan.html"), html(plan, runId, charts), StandardCharsets.UTF_8));
        return written;
    }

    static String scenarioLine(PlanResult plan) {
        Scenario s = plan.spec().base();
        StringBuilder ents = new StringBuilder();
        s.entities().forEach(e -> ents.append(ents.length() == 0 ? "" : ", ").append(e.name()).append('=').append(e.items()));
        return String.format(Locale.ROOT,
                "%s (%d items); %d per page; limit %d per %s per key (%s%s); latency %s (mean %s); fault rate %s; "
                        + "client guard %s; split by %s; %d runs per combination, seed %d",
                ents, s.totalItems(), s.effectivePageSize(), s.limit(), Durations.tableForm(s.windowNanos()),
                s.algorithm().cliName(), s.rejectedCount() ? ", rejected requests count" : "", s.latency().describe(),
                Durations.tableForm(s.latency().meanNanos()), s.faultRate(), Durations.tableForm(s.guardNanos()),
                s.distribution(), plan.spec().runs(), plan.spec().seed())
                + (s.processes().shared() ? String.format(Locale.ROOT, "; %d processes per key sharing its limit "
                        + "through Redis (acquire round trip %s)", s.processes().count(),
                        s.processes().acquireRoundTrip().describe()) : "");
    }

    private static String markdown(PlanResult plan, String runId, Map<String, byte[]> charts) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Capacity plan ").append(runId).append("\n\n");
        sb.append(scenarioLine(plan)).append(".\n\n");
        sb.append(PlanTable.recommendation(plan)).append("\n\n");
        sb.append(PlanTable.markdown(plan)).append('\n');
        sb.append(notes()).append("\n\n");
        charts.keySet().forEach(name -> sb.append("![").append(name).append("](").append(name).append(".png)\n\n"));
        sb.append(String.format(Locale.ROOT, "Planned in %.2f s of real time (%d simulated events).%n",
                plan.wallNanos() / 1e9, plan.events()));
        return sb.toString();
    }

    private static String notes() {
        return "Floor: floor((R-1)/N) x W for the busiest key's R requests (no latency). Gap: median minus floor. "
                + "Interval: distribution-free order-statistic interval for the median. Utilisation: arrivals "
                + "/ (keys x N x (floor(T/W)+1)) over the sync time T, as in the checks. In flight: time-weighted "
                + "mean (Little's L).";
    }

    private static String html(PlanResult plan, String runId, Map<String, byte[]> charts) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Capacity plan ")
                .append(escape(runId)).append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
                        + "tr.best{background:#e6ffe6}</style></head><body>\n");
        sb.append("<h1>Capacity plan ").append(escape(runId)).append("</h1>\n<p>").append(escape(scenarioLine(plan)))
                .append(".</p>\n<p><strong>").append(escape(PlanTable.recommendation(plan))).append("</strong></p>\n");
        sb.append(htmlTable(plan));
        List<String> why = PlanTable.incomplete(plan);
        if (!why.isEmpty()) {
            sb.append("<ul class=\"incomplete\">\n");
            why.forEach(l -> sb.append("<li>").append(escape(l)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<p>").append(escape(notes())).append("</p>\n");
        for (Map.Entry<String, byte[]> c : charts.entrySet()) {
            sb.append("<p>").append(HtmlEmbed.pngImage(c.getKey(), c.getValue())).append("</p>\n");
        }
        sb.append(String.format(Locale.ROOT, "<p>Planned in %.2f s of real time (%d simulated events).</p>%n",
                plan.wallNanos() / 1e9, plan.events()));
        return sb.append("</body></html>\n").toString();
    }

    private static String htmlTable(PlanResult plan) {
        boolean shared = plan.spec().base().processes().shared();
        String pCell = shared ? "<td>" + plan.spec().base().processes().count() + "</td>" : "";
        StringBuilder sb = new StringBuilder("<table>\n<tr><th>keys</th>" + (shared ? "<th>processes</th>" : "")
                + "<th>workers</th><th>sync (median)</th>"
                + "<th>interval</th><th>floor</th><th>gap</th><th>requests</th><th>429s</th><th>5xx</th>"
                + "<th>utilisation</th><th>in flight</th></tr>\n");
        plan.combinations().forEach(c -> {
            boolean best = plan.recommendation().map(r -> r.keys() == c.keys() && r.workers() == c.workers()).orElse(false);
            sb.append(best ? "<tr class=\"best\">" : "<tr>").append(String.format(Locale.ROOT,
                    "<td>%d</td>%s<td>%d</td><td>%s</td><td>%s .. %s</td><td>%s</td><td>%s</td><td>%.0f</td>"
                            + "<td>%.1f</td><td>%.1f</td><td>%.1f %%</td><td>%.2f</td></tr>%n",
                    c.keys(), pCell, c.workers(), Durations.tableForm(c.syncNanos().median()),
                    Durations.tableForm(c.syncNanos().low()), Durations.tableForm(c.syncNanos().high()),
                    Durations.tableForm(c.floorNanos()), Durations.tableForm(c.gapNanos()), c.meanRequests(),
                    c.meanRejected(), c.meanFaults(), 100 * c.meanUtilisation(), c.meanInFlight()));
        });
        return sb.append("</table>\n").toString();
    }
}
