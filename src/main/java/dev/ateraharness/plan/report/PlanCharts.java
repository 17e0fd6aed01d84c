package dev.ateraharness.plan.report;

import dev.ateraharness.plan.CombinationResult;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.report.HtmlEmbed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plan's charts as PNG bytes (XChart, headless): time to sync against keys, workers and items, each with
 * the floor. Each series is a line through the intervals' midpoints with the interval as error bars, the median as
 * a diamond, and the floor dashed in the same colour.
 */
public final class PlanCharts {

    private static final int WIDTH = 820;
    private static final int HEIGHT = 420;
    private static final java.awt.Color[] PALETTE = {
        new java.awt.Color(31, 119, 180), new java.awt.Color(255, 127, 14), new java.awt.Color(44, 160, 44),
        new java.awt.Color(214, 39, 40), new java.awt.Color(148, 103, 189), new java.awt.Color(140, 86, 75),
        new java.awt.Color(227, 119, 194), new java.awt.Color(127, 127, 127)};

    private PlanCharts() {
    }

    /** Chart name to PNG bytes, in display order. */
    public static Map<String, byte[]> render(PlanResult plan) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        double unit = unitNanos(plan);
        String unitName = unit == 60e9 ? "min" : "s";
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("sync-vs-keys", png(against(plan, "keys", CombinationResult::keys, CombinationResult::workers,
                "workers", unit, unitName)));
        out.put("sync-vs-workers", png(against(plan, "workers per key", CombinationResult::workers,
                CombinationResult::keys, "keys", unit, unitName)));
        if (!plan.itemsCurve().isEmpty()) {
            out.put("sync-vs-items", png(items(plan, unit, unitName)));
        }
        return out;
    }

    private static double unitNanos(PlanResult plan) {
        double max = plan.combinations().stream().mapToDouble(c -> c.syncNanos().high()).max().orElse(0);
        return max > 300e9 ? 60e9 : 1e9;
    }

    private static XYChart against(PlanResult plan, String xName, ToIntFunction<CombinationResult> x,
                                   ToIntFunction<CombinationResult> group, String groupName, double unit, String unitName) {
        XYChart chart = base("Time to full sync against " + xName, xName, unitName);
        Map<Integer, List<CombinationResult>> groups = new LinkedHashMap<>();
        plan.combinations().forEach(c -> groups.computeIfAbsent(group.applyAsInt(c), g -> new java.util.ArrayList<>()).add(c));
        int index = 0;
        for (Map.Entry<Integer, List<CombinationResult>> g : groups.entrySet()) {
            java.awt.Color color = PALETTE[index++ % PALETTE.length];
            List<CombinationResult> cs = g.getValue();
            double[] xs = cs.stream().mapToDouble(x::applyAsInt).toArray();
            double[] ys = cs.stream().mapToDouble(c -> c.syncNanos().median() / unit).toArray();
            double[] err = cs.stream().mapToDouble(c -> (c.syncNanos().high() - c.syncNanos().low()) / 2 / unit).toArray();
            // error bars are symmetric in XChart: centre them on the interval's midpoint
            double[] mid = cs.stream().mapToDouble(c -> (c.syncNanos().high() + c.syncNanos().low()) / 2 / unit).toArray();
            XYSeries s = chart.addSeries(groupName + "=" + g.getKey(), xs, mid, err);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(color);
            XYSeries m = chart.addSeries(groupName + "=" + g.getKey() + " median", xs, ys);
            m.setMarker(SeriesMarkers.DIAMOND);
            m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            m.setShowInLegend(false);
            m.setMarkerColor(color);
            double[] floor = cs.stream().mapToDouble(c -> c.floorNanos() / unit).toArray();
            if (groups.size() == 1 || x.applyAsInt(cs.get(0)) != x.applyAsInt(cs.get(cs.size() - 1))) {
                XYSeries f = chart.addSeries("floor " + groupName + "=" + g.getKey(), xs, floor);
                f.setMarker(SeriesMarkers.NONE);
                f.setLineColor(color);
                f.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
            }
        }
        return chart;
    }

    private static XYChart items(PlanResult plan, double unit, String unitName) {
        XYChart chart = base("Time to full sync against items (" + plan.curveKeys() + " keys x " + plan.curveWorkers()
                + " workers)", "items", unitName);
        List<PlanResult.ItemsPoint> pts = plan.itemsCurve();
        double[] xs = pts.stream().mapToDouble(PlanResult.ItemsPoint::totalItems).toArray();
        double[] mid = pts.stream().mapToDouble(p -> (p.syncNanos().high() + p.syncNanos().low()) / 2 / unit).toArray();
        double[] err = pts.stream().mapToDouble(p -> (p.syncNanos().high() - p.syncNanos().low()) / 2 / unit).toArray();
        XYSeries s = chart.addSeries("sync time (interval)", xs, mid, err);
        s.setMarker(SeriesMarkers.CIRCLE);
        XYSeries m = chart.addSeries("median", xs, pts.stream().mapToDouble(p -> p.syncNanos().median() / unit).toArray());
        m.setMarker(SeriesMarkers.DIAMOND);
        m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        XYSeries f = chart.addSeries("floor", xs, pts.stream().mapToDouble(p -> p.floorNanos() / unit).toArray());
        f.setMarker(SeriesMarkers.NONE);
        f.setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
        return chart;
    }

    private static XYChart base(String title, String xName, String unitName) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xName)
                .yAxisTitle("time to full sync (" + unitName + ")").build();
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        return chart;
    }

    /** Keeps {@link #render}'s checked IOException, which PlanCommand reports as its one-line error. */
    private static byte[] png(XYChart chart) throws IOException {
        try {
            return HtmlEmbed.png(chart);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
