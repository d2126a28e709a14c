package com.careline.reporting.complaints;

import java.util.List;
import java.util.Locale;

import com.careline.reporting.complaints.MonthlyAnalysis.MonthCount;
import com.careline.reporting.complaints.MonthlyAnalysis.Share;

/**
 * The monthly analysis as a self-contained SVG: on the left the Pareto of causes (bars, most frequent
 * first, and the cumulative-share line with the 80 % mark), on the right the trend of the last six months.
 * Bars carry {@code class} and {@code data-*} attributes, so that tools and tests can read them back.
 */
final class MonthlySvg {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 420;
    private static final int TOP = 80;
    private static final int BOTTOM = 340;
    private static final int PANEL = 420;

    private MonthlySvg() {
    }

    static String render(MonthlyAnalysis a) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title>Complaint analysis ").append(a.month()).append(a.branch() == null ? "" : " " + esc(a.branch()))
                .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(svg, 20, 30, "Complaints " + a.month() + (a.branch() == null ? "" : " · " + a.branch()) + ": "
                + a.total() + " (major " + a.major() + ")", "16");
        pareto(svg, a.byCause(), 40);
        trend(svg, a.trend(), 40 + PANEL + 60);
        return svg.append("</svg>\n").toString();
    }

    private static void pareto(StringBuilder svg, List<Share> causes, int x0) {
        text(svg, x0, TOP - 30, "Pareto of causes", "13");
        long max = causes.stream().mapToLong(Share::count).max().orElse(1);
        int slot = causes.isEmpty() ? PANEL : PANEL / causes.size();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < causes.size(); i++) {
            Share c = causes.get(i);
            int x = x0 + i * slot;
            bar(svg, "bar cause", "cause", c.key(), c.count(), x + 4, slot - 8, c.count(), max, "#4e79a7");
            text(svg, x + 4, BOTTOM + 14, c.key(), "10");
            double y = BOTTOM - c.cumulativeShare() * (BOTTOM - TOP);
            line.append(line.isEmpty() ? "" : " ").append(x + slot / 2).append(',').append(fmt(y));
        }
        if (!causes.isEmpty()) {
            svg.append("<polyline class=\"cumulative\" fill=\"none\" stroke=\"#e15759\" stroke-width=\"2\" points=\"")
                    .append(line).append("\"/>\n");
        }
        double eighty = BOTTOM - 0.8 * (BOTTOM - TOP);
        svg.append("<line class=\"vital-few\" x1=\"").append(x0).append("\" x2=\"").append(x0 + PANEL)
                .append("\" y1=\"").append(fmt(eighty)).append("\" y2=\"").append(fmt(eighty))
                .append("\" stroke=\"#e15759\" stroke-dasharray=\"4 4\"/>\n");
        text(svg, x0 + PANEL - 30, (int) eighty - 4, "80%", "10");
    }

    private static void trend(StringBuilder svg, List<MonthCount> months, int x0) {
        text(svg, x0, TOP - 30, "Trend, last " + months.size() + " months", "13");
        long max = Math.max(1, months.stream().mapToLong(MonthCount::count).max().orElse(1));
        int slot = months.isEmpty() ? PANEL : PANEL / months.size();
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            int x = x0 + i * slot;
            bar(svg, "bar month", "month", m.month().toString(), m.count(), x + 6, slot - 12, m.count(), max, "#59a14f");
            text(svg, x + 6, BOTTOM + 14, m.month().toString(), "10");
        }
    }

    private static void bar(StringBuilder svg, String css, String attribute, String key, long count, int x, int width,
            long value, long max, String fill) {
        double height = max == 0 ? 0 : (double) value / max * (BOTTOM - TOP);
        svg.append("<rect class=\"").append(css).append("\" data-").append(attribute).append("=\"").append(esc(key))
                .append("\" data-count=\"").append(count).append("\" x=\"").append(x).append("\" y=\"")
                .append(fmt(BOTTOM - height)).append("\" width=\"").append(Math.max(width, 1)).append("\" height=\"")
                .append(fmt(height)).append("\" fill=\"").append(fill).append("\"/>\n");
        text(svg, x, (int) (BOTTOM - height) - 4, Long.toString(count), "10");
    }

    private static void text(StringBuilder svg, int x, int y, String content, String size) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append("\">").append(esc(content)).append("</text>\n");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
