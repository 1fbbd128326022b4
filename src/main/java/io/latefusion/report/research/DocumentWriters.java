package io.latefusion.report.research;

import io.latefusion.report.MarkdownTable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link Document}: Markdown (charts as image links to {@code charts/*.svg}) and one
 * self-contained HTML page (styles inline, every chart's SVG inlined: it opens offline, with no
 * request for anything).
 */
final class DocumentWriters {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final String STYLE = """
            body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;max-width:1200px;margin:2em auto;\
            padding:0 1em;color:#222;line-height:1.45}
            table{border-collapse:collapse;margin:1em 0;font-size:0.9em}
            th,td{border:1px solid #ccc;padding:0.3em 0.6em;text-align:right;vertical-align:top}
            th:first-child,td:first-child{text-align:left}
            th{background:#f3f3f3}
            code{background:#f5f5f5;padding:0 0.2em}
            figure{margin:1.5em 0}
            figcaption{font-size:0.9em;color:#555}
            """;

    private DocumentWriters() {
    }

    static String markdown(Document doc) {
        StringBuilder md = new StringBuilder();
        for (Document.Block block : doc.blocks()) {
            if (block instanceof Document.Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (block instanceof Document.Paragraph p) {
                md.append(p.text()).append("\n\n");
            } else if (block instanceof Document.Bullets b) {
                b.items().forEach(i -> md.append("- ").append(i).append('\n'));
                md.append('\n');
            } else if (block instanceof Document.Table t) {
                md.append(MarkdownTable.render(t.header(), t.rows())).append('\n');
            } else if (block instanceof Document.Chart c) {
                md.append("![").append(c.caption()).append("](charts/").append(c.file()).append(")\n\n*")
                        .append(c.caption()).append("*\n\n");
            }
        }
        return md.toString();
    }

    static String html(Document doc, String title) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        for (Document.Block block : doc.blocks()) {
            if (block instanceof Document.Heading h) {
                html.append("<h").append(h.level()).append('>').append(inline(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (block instanceof Document.Paragraph p) {
                html.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (block instanceof Document.Bullets b) {
                html.append("<ul>\n");
                b.items().forEach(i -> html.append("<li>").append(inline(i)).append("</li>\n"));
                html.append("</ul>\n");
            } else if (block instanceof Document.Table t) {
                html.append("<table>\n<thead><tr>");
                t.header().forEach(h -> html.append("<th>").append(inline(h)).append("</th>"));
                html.append("</tr></thead>\n<tbody>\n");
                for (String[] row : t.rows()) {
                    html.append("<tr>");
                    for (String cell : row) {
                        html.append("<td>").append(inline(cell)).append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            } else if (block instanceof Document.Chart c) {
                html.append("<figure id=\"").append(c.file().replace(".svg", "")).append("\">\n").append(c.svg())
                        .append("\n<figcaption>").append(inline(c.caption())).append("</figcaption>\n</figure>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String inline(String text) {
        String escaped = escape(text);
        Matcher code = CODE.matcher(escaped);
        escaped = code.replaceAll("<code>$1</code>");
        return BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
    }
}
