package io.github.fulianrules.scenario;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Scenario results as JUnit XML, the report format that CI servers (Jenkins, GitLab, GitHub
 * actions' test reporters) display: one {@code testsuite} per scenario file, one {@code testcase}
 * per scenario, a {@code failure} carrying the differences of a failed one.
 *
 * <pre>{@code
 * String xml = JunitXml.of(new ScenarioRunner(engine).run(ScenarioFiles.load(dir)));
 * }</pre>
 */
public final class JunitXml {
    private JunitXml() {
    }

    /** The JUnit XML document of {@code results}, grouped by scenario file in the order given. */
    public static String of(List<ScenarioResult> results) {
        Map<String, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        for (ScenarioResult r : results) {
            byFile.computeIfAbsent(r.scenario().source(), f -> new java.util.ArrayList<>()).add(r);
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "fulian-rules scenarios");
            xml.writeAttribute("tests", String.valueOf(results.size()));
            xml.writeAttribute("failures", String.valueOf(failures(results)));
            xml.writeAttribute("errors", "0");
            for (Map.Entry<String, List<ScenarioResult>> file : byFile.entrySet()) {
                writeSuite(xml, file.getKey(), file.getValue());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text + "\n";
    }

    private static void writeSuite(XMLStreamWriter xml, String file, List<ScenarioResult> results)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(failures(results)));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (ScenarioResult r : results) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", file);
            xml.writeAttribute("name", xmlText(r.scenario().name()));
            if (!r.passed()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("type", "ScenarioMismatch");
                xml.writeAttribute("message", xmlText(r.differences().get(0).lines().findFirst().orElse("")));
                xml.writeCharacters(xmlText(String.join("\n", r.differences())));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static long failures(List<ScenarioResult> results) {
        return results.stream().filter(r -> !r.passed()).count();
    }

    /** {@code s} without the characters XML 1.0 cannot hold (controls other than tab and line breaks). */
    static String xmlText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
