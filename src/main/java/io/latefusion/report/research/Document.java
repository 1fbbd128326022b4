package io.latefusion.report.research;

import java.util.ArrayList;
import java.util.List;

/**
 * The research report as a list of blocks — headings, paragraphs, bullet lists, tables, charts —
 * written once and rendered twice, as Markdown and as self-contained HTML. Inline text may use
 * Markdown's {@code **bold**} and {@code `code`}, which the HTML writer translates.
 */
final class Document {

    /** One block of the report. */
    sealed interface Block permits Heading, Paragraph, Bullets, Table, Chart {
    }

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    record Table(List<String> header, List<String[]> rows) implements Block {
    }

    /** A chart: its file name under {@code charts/}, a caption, and the SVG markup. */
    record Chart(String file, String caption, String svg) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    Document heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    Document paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    Document bullets(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Bullets(List.copyOf(items)));
        }
        return this;
    }

    Document table(List<String> header, List<String[]> rows) {
        blocks.add(new Table(List.copyOf(header), List.copyOf(rows)));
        return this;
    }

    Document chart(Chart chart) {
        blocks.add(chart);
        return this;
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    List<Chart> charts() {
        return blocks.stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
    }
}
