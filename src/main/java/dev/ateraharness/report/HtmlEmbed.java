package dev.ateraharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What the self-contained HTML reports (compliance verdict, capacity plan) share: escaping text for HTML and
 * rendering an XChart chart to PNG bytes that are embedded inline as a data URI, so a report is one file.
 *
 * <p>Guarantees: {@link #escape} output is safe in element text and in double- or single-quoted attributes. Does
 * not: sanitise URLs or scripts, or shrink large images.
 */
public final class HtmlEmbed {

    private HtmlEmbed() {
    }

    /** {@code s} with {@code < > & " '} replaced by entities. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** An {@code <img>} element showing {@code png} inline, with {@code alt} escaped. */
    public static String pngImage(String alt, byte[] png) {
        return "<img alt=\"" + escape(alt) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png) + "\">";
    }

    /** The chart drawn headless as PNG; UncheckedIOException naming the chart when the encoder fails. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render chart '" + chart.getTitle() + "'", e);
        }
    }
}
