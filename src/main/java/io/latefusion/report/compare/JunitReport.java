package io.latefusion.report.compare;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The gate's result as JUnit XML, which CI systems show as test results: one testcase per compared
 * benchmark (class = the benchmark class, name = method, params and mode), a {@code <failure>} for
 * a regression and {@code <skipped>} for one with too few samples.
 */
public final class JunitReport {

    private JunitReport() {
    }

    public static String render(GateReport report) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "latefusion-bench regression gate");
            xml.writeAttribute("tests", String.valueOf(report.comparisons().size()));
            xml.writeAttribute("failures", String.valueOf(report.count(Verdict.REGRESSION)));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(report.count(Verdict.UNDECIDABLE)));
            xml.writeCharacters("\n");
            xml.writeStartElement("properties");
            property(xml, "settings", report.options().describe());
            for (int i = 0; i < report.warnings().size(); i++) {
                property(xml, "warning." + (i + 1), report.warnings().get(i));
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            for (Comparison c : report.comparisons()) {
                testcase(xml, c);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML: " + e.getMessage(), e);
        }
        return text.toString();
    }

    private static void testcase(XMLStreamWriter xml, Comparison c) throws XMLStreamException {
        JmhResult b = c.baseline();
        String benchmark = b.benchmark();
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", benchmark.substring(0, benchmark.lastIndexOf('.')));
        xml.writeAttribute("name", b.method() + (b.params().isEmpty() ? "" : "[" + b.paramsText() + "]")
                + " (" + b.mode().shortLabel() + ")");
        xml.writeAttribute("time", "0");
        String detail = "ratio " + GateFormat.ratio(c.ratio())
                + (c.interval() == null ? "" : " " + GateFormat.interval(c.interval())) + ": " + c.verdictText();
        if (c.verdict() == Verdict.REGRESSION) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", detail);
            xml.writeAttribute("type", "regression");
            xml.writeCharacters(b.label() + ": " + detail);
            xml.writeEndElement();
        } else if (c.verdict() == Verdict.UNDECIDABLE) {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", c.verdictText());
        } else {
            xml.writeStartElement("system-out");
            xml.writeCharacters(detail);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }
}
