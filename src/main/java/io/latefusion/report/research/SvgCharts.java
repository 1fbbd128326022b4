package io.latefusion.report.research;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart as SVG markup with JFreeSVG. Each chart gets its own defs prefix (derived from its
 * file name), so several charts inlined in one HTML page never share clip-path ids, and the same
 * chart always gives the same bytes.
 */
final class SvgCharts {

    static final int WIDTH = 760;
    static final int HEIGHT = 420;

    private SvgCharts() {
    }

    static String render(String file, JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        String id = file.replaceAll("[^A-Za-z0-9]", "-");
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id);
    }
}
