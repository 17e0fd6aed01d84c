package dev.ateraharness.report;

import dev.ateraharness.compare.FigureData;
import dev.ateraharness.compare.RunComparison;
import dev.ateraharness.compare.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The comparison's charts (XChart, headless PNG, as {@link Charts}): for each sample figure both runs'
 * distributions as empirical CDFs on one chart (a shift shows as a gap between the curves at every height), and
 * the trend of its p50, p95 and p99 over the last runs with the same settings.
 */
public final class ComparisonCharts {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 380;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ComparisonCharts() {
    }

    /** Distribution charts for the comparison, then trend charts over {@code trend} (oldest first). */
    public static List<Chart> all(RunComparison c, List<RunRecord> trend) {
        List<Chart> out = new ArrayList<>();
        for (FigureData b : c.baseline().figures()) {
            Optional<FigureData> cand = c.candidate().figure(b.name());
            if (b.kind() == FigureData.Kind.SAMPLES && cand.isPresent() && b.samples().length > 0
                    && cand.get().samples().length > 0) {
                out.add(distributions(b, cand.get()));
            }
        }
        if (trend.size() >= 2) {
            for (FigureData f : c.candidate().figures()) {
                if (f.kind() == FigureData.Kind.SAMPLES) {
                    out.add(trend(f.name(), f.unit(), trend));
                }
            }
        }
        return out;
    }

    static Chart distributions(FigureData b, FigureData c) {
        XYChart ch = chart(b.name() + ": baseline and candidate", b.name() + " (" + b.unit() + ")",
                "share of samples at or below");
        ecdf(ch, "baseline (n=" + b.n() + ")", b.samples());
        ecdf(ch, "candidate (n=" + c.n() + ")", c.samples());
        return new Chart("dist-" + b.name(), b.name() + " distributions",
                "Empirical CDFs of both runs; a candidate curve to the right is slower at that share of samples.",
                HtmlEmbed.png(ch));
    }

    static Chart trend(String name, String unit, List<RunRecord> runs) {
        XYChart ch = chart(name + ": trend over the last " + runs.size() + " runs", "run (oldest first)",
                name + " (" + unit + ")");
        for (double q : new double[] {0.50, 0.95, 0.99}) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                Optional<FigureData> f = runs.get(i).figure(name);
                if (f.isPresent() && f.get().samples().length > 0) {
                    double[] s = f.get().samples();
                    x.add((double) (i + 1));
                    y.add(s[Math.min(s.length, Math.max(1, (int) Math.ceil(q * s.length))) - 1]);
                }
            }
            if (!x.isEmpty()) {
                ch.addSeries("p" + Math.round(q * 100), x, y);
            }
        }
        return new Chart("trend-" + name, name + " trend",
                "p50, p95 and p99 of each run with the same settings fingerprint; the last point is the candidate.",
                HtmlEmbed.png(ch));
    }

    private static void ecdf(XYChart ch, String name, double[] sorted) {
        double[] y = new double[sorted.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (i + 1) / (double) y.length;
        }
        XYSeries s = ch.addSeries(name, sorted, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(x).yAxisTitle(y).build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setAntiAlias(true);
        c.getStyler().setXAxisDecimalPattern("#,##0.##");
        c.getStyler().setYAxisDecimalPattern("#,##0.##");
        return c;
    }
}
