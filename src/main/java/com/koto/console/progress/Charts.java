package com.koto.console.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.UUID;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Server-side charts: JFreeChart draws onto JFreeSVG's {@code SVGGraphics2D}; the SVG goes to the
 * page as markup (no frontend bundle) with {@code role="img"} and a {@code <title>} naming it, and
 * the same figures stand beside it in a table, so screen readers and copy-paste get the numbers.
 */
final class Charts {

    /** One bar or point. */
    record Point(String label, double value) {
    }

    private static final Color ACCENT = new Color(0x1a, 0x73, 0xe8);
    private static final int WIDTH = 560;
    private static final int HEIGHT = 260;

    private Charts() {
    }

    /** A line chart (e.g. score per week) with its data table. */
    static Component line(String id, String title, String xLabel, String yLabel, List<Point> points, String format) {
        JFreeChart chart = ChartFactory.createLineChart(null, xLabel, yLabel, dataset(yLabel, points),
                PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setDefaultShapesVisible(true);
        return figure(id, title, chart, xLabel, yLabel, points, format);
    }

    /** A bar chart (vertical bars, or horizontal for long labels) with its data table. */
    static Component bars(String id, String title, String xLabel, String yLabel, List<Point> points, boolean horizontal,
            String format) {
        JFreeChart chart = ChartFactory.createBarChart(null, xLabel, yLabel, dataset(yLabel, points),
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = style(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setMaximumBarWidth(0.12);
        if ("%.0f".equals(format)) {
            // counts: whole-number ticks only
            plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        }
        return figure(id, title, chart, xLabel, yLabel, points, format);
    }

    private static DefaultCategoryDataset dataset(String series, List<Point> points) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Point p : points) {
            data.addValue(p.value(), series, p.label());
        }
        return data;
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setOutlineVisible(false);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getDomainAxis().setLabelFont(font);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        return plot;
    }

    /** The SVG markup of a chart with an accessible name. */
    static String svg(String title, JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        String titleId = "t" + UUID.randomUUID().toString().substring(0, 8);
        String svg = g2.getSVGElement(null, true, null, null, null);
        int open = svg.indexOf("<svg") + 4;
        svg = svg.substring(0, open) + " role=\"img\" aria-labelledby=\"" + titleId + "\"" + svg.substring(open);
        int end = svg.indexOf('>', open) + 1;
        return svg.substring(0, end) + "<title id=\"" + titleId + "\">" + escape(title) + "</title>"
                + svg.substring(end);
    }

    private static Component figure(String id, String title, JFreeChart chart, String xLabel, String yLabel,
            List<Point> points, String format) {
        Svg svg = new Svg(svg(title, chart));
        svg.addClassName("koto-chart");
        NativeTable table = new NativeTable();
        table.addClassName("koto-chart-data");
        table.setCaptionText(title);
        NativeTableHeader head = table.getHead();
        NativeTableRow header = head.addRow();
        header.addHeaderCell().setText(xLabel);
        header.addHeaderCell().setText(yLabel);
        NativeTableBody body = table.addBody();
        for (Point p : points) {
            NativeTableRow row = body.addRow();
            row.addDataCell().setText(p.label());
            row.addDataCell().setText(String.format(java.util.Locale.ROOT, format, p.value()));
        }
        Div figure = new Div(svg, table);
        figure.setId(id);
        figure.addClassName("koto-figure");
        return figure;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
