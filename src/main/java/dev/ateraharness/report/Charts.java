package dev.ateraharness.report;

import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.stats.ComplianceSettings;
import dev.ateraharness.stats.Figures;
import dev.ateraharness.stats.LatencyCheck;
import dev.ateraharness.stats.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the report's charts with XChart, headless, as PNG bytes: requests per second with the N/W line; the
 * sliding-window count with the N line; backoff delay by attempt; latency distribution. Long logs are reduced to
 * at most {@value #MAX_POINTS} points per series, keeping each bucket's peak so a violation never disappears from
 * the picture.
 */
public final class Charts {

    static final int MAX_POINTS = 1500;
    private static final int WIDTH = 960;
    private static final int HEIGHT = 400;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /** Every chart the evidence allows (the attempt-log charts need an attempt log). */
    public static List<Chart> all(Verdict v) {
        List<Chart> out = new ArrayList<>();
        ArrivalLog log = v.evidence().arrivals();
        if (log.size() > 0) {
            out.add(requestsPerSecond(log, v.settings()));
            out.add(slidingWindow(log, v.settings()));
        }
        v.evidence().attempts().ifPresent(a -> {
            Chart b = backoff(a);
            if (b != null) {
                out.add(b);
            }
            Chart l = latency(a);
            if (l != null) {
                out.add(l);
            }
        });
        return out;
    }

    static String seriesName(ComplianceSettings s, String key) {
        String label = s.labelOf(key);
        return label.equals(key) ? key : label + " (" + key + ")";
    }

    static Chart requestsPerSecond(ArrivalLog log, ComplianceSettings s) {
        long t0 = log.timeNanos(0);
        double span = (log.timeNanos(log.size() - 1) - t0) / 1e9;
        double bucket = Math.max(1, Math.ceil(span / MAX_POINTS));
        int buckets = (int) (span / bucket) + 1;
        XYChart c = xy("Requests per second, per key", "seconds since first arrival",
                bucket == 1 ? "requests/s" : "requests/s (mean over " + (long) bucket + " s)");
        for (int k = 0; k < log.keys().size(); k++) {
            double[] y = new double[buckets];
            for (long t : log.timesOf(k)) {
                y[(int) (((t - t0) / 1e9) / bucket)] += 1 / bucket;
            }
            double[] x = new double[buckets];
            for (int i = 0; i < buckets; i++) {
                x[i] = i * bucket;
            }
            c.addSeries(seriesName(s, log.keys().get(k)), x, y).setMarker(SeriesMarkers.NONE);
        }
        limitLine(c, "N/W = " + fmt(s.limitPerSecond()) + "/s", span, s.limitPerSecond());
        return new Chart("requests-per-second", "Requests per second",
                "Arrivals per second for each key, against the average rate the limit allows (N/W).", png(c));
    }

    static Chart slidingWindow(ArrivalLog log, ComplianceSettings s) {
        long t0 = log.timeNanos(0);
        double span = (log.timeNanos(log.size() - 1) - t0) / 1e9;
        long w = s.window().toNanos();
        XYChart c = xy("Arrivals in the trailing window (t - W, t], per key", "seconds since first arrival",
                "requests in window");
        int cells = span > 0 ? MAX_POINTS : 1;
        long width = Math.max(1, (long) Math.ceil((log.timeNanos(log.size() - 1) - t0 + 1) / (double) cells));
        for (int k = 0; k < log.keys().size(); k++) {
            long[] t = log.timesOf(k);
            int[] counts = Figures.trailingCounts(t, s.window());
            double[] xs = new double[cells];
            double[] ys = new double[cells];
            int j = 0;
            int lo = 0;
            for (int cell = 0; cell < cells; cell++) {
                long end = t0 + (cell + 1) * width; // cell covers [end - width, end)
                int peak = 0;
                while (j < t.length && t[j] < end) {
                    peak = Math.max(peak, counts[j]); // keep each cell's peak so a violation is always drawn
                    j++;
                }
                while (lo < j && t[lo] <= end - 1 - w) {
                    lo++;
                }
                xs[cell] = (end - t0) / 1e9;
                ys[cell] = Math.max(peak, j - lo); // and the count at the cell's end, so quiet spells drop
            }
            c.addSeries(seriesName(s, log.keys().get(k)), xs, ys).setMarker(SeriesMarkers.NONE);
        }
        limitLine(c, "N = " + s.limit(), span, s.limit());
        return new Chart("sliding-window", "Sliding-window count",
                "For each arrival, how many arrivals of its key fell in the window of length W ending there; "
                    + "the line is the limit N.", png(c));
    }

    static Chart backoff(List<Attempt> attempts) {
        List<Double> ax = new ArrayList<>();
        List<Double> ay = new ArrayList<>();
        List<Double> rx = new ArrayList<>();
        List<Double> ry = new ArrayList<>();
        Map<Integer, Double> ceiling = new TreeMap<>();
        for (Attempt a : attempts) {
            if (Double.isNaN(a.delayMs())) {
                continue;
            }
            if (a.hasBackoffCeiling()) {
                ax.add((double) a.attempt());
                ay.add(a.delayMs());
                ceiling.merge(a.attempt(), a.backoffCeilingMs(), Math::max);
            } else {
                rx.add((double) a.attempt());
                ry.add(a.delayMs());
            }
        }
        if (ax.isEmpty() && rx.isEmpty()) {
            return null;
        }
        XYChart c = xy("Delay before the next attempt, by attempt number", "attempt", "delay (ms)");
        if (!ax.isEmpty()) {
            XYSeries sr = c.addSeries("jittered backoff", ax, ay);
            sr.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            List<Double> cx = new ArrayList<>();
            List<Double> cy = new ArrayList<>();
            ceiling.forEach((k, val) -> {
                cx.add((double) k);
                cy.add(val);
            });
            c.addSeries("nominal ceiling", cx, cy);
        }
        if (!rx.isEmpty()) {
            c.addSeries("from Retry-After / rate headers", rx, ry)
                    .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
        return new Chart("backoff", "Backoff delay by attempt",
                "Each point is one chosen delay; full jitter spreads them evenly between 0 and the ceiling.",
                png(c));
    }

    static Chart latency(List<Attempt> attempts) {
        double[] lat = LatencyCheck.latenciesMs(attempts);
        if (lat.length == 0) {
            return null;
        }
        double max = 0;
        double min = Double.MAX_VALUE;
        for (double d : lat) {
            max = Math.max(max, d);
            min = Math.min(min, d);
        }
        int bins = Math.max(1, Math.min(50, lat.length));
        double width = Math.max((max - min) / bins, 1e-6);
        double[] x = new double[bins];
        double[] y = new double[bins];
        for (int i = 0; i < bins; i++) {
            x[i] = min + (i + 0.5) * width;
        }
        for (double d : lat) {
            y[Math.min(bins - 1, (int) ((d - min) / width))]++;
        }
        XYChart c = xy("Latency from intended send time", "latency (ms)", "requests");
        c.addSeries("requests per bin", x, y).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
        c.getSeriesMap().values().forEach(sr -> sr.setMarker(SeriesMarkers.NONE));
        return new Chart("latency", "Latency distribution",
                "Histogram of per-request latency measured from when the request was meant to go out, so time "
                    + "waiting in the limiter counts.", png(c));
    }

    private static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setAntiAlias(true);
        c.getStyler().setXAxisDecimalPattern("#,##0.##");
        c.getStyler().setYAxisDecimalPattern("#,##0.##");
        return c;
    }

    private static void limitLine(XYChart c, String name, double span, double value) {
        XYSeries s = c.addSeries(name, new double[] {0, Math.max(span, 1)}, new double[] {value, value});
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(java.awt.Color.BLACK);
        s.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
    }

    private static byte[] png(XYChart c) {
        return HtmlEmbed.png(c);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
