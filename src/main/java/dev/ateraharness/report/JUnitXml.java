package dev.ateraharness.report;

import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.CheckOutcome;
import dev.ateraharness.stats.Verdict;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * junit.xml: one {@code <testcase>} per check, so CI systems show the checks as tests. A failed gate carries a
 * {@code <failure>}; an inconclusive check is {@code <skipped>}; a failed non-gate check passes as a test and says
 * so in {@code <system-out>}.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static String write(Verdict v) {
        try {
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suite = d.createElement("testsuite");
            d.appendChild(suite);
            int failures = 0;
            int skipped = 0;
            suite.setAttribute("name", "atera-harness compliance");
            suite.setAttribute("timestamp", v.judgedAt().toString());
            Element props = d.createElement("properties");
            suite.appendChild(props);
            prop(d, props, "settings", Format.settingsLine(v.settings()));
            prop(d, props, "overall", v.overall().json());
            for (CheckResult c : v.checks()) {
                Element tc = d.createElement("testcase");
                tc.setAttribute("classname", "dev.ateraharness.compliance");
                tc.setAttribute("name", c.id() + ": " + c.title());
                tc.setAttribute("time", "0");
                String text = c.explanation() + " (figure " + Format.figure(c) + " " + c.unit() + "; threshold "
                        + c.threshold() + "; gate " + c.gate() + ")";
                if (c.outcome() == CheckOutcome.INCONCLUSIVE) {
                    Element s = d.createElement("skipped");
                    s.setAttribute("message", text);
                    tc.appendChild(s);
                    skipped++;
                } else if (c.failsRun()) {
                    Element f = d.createElement("failure");
                    f.setAttribute("message", text);
                    f.setAttribute("type", "ComplianceGateFailed");
                    f.setTextContent(text);
                    tc.appendChild(f);
                    failures++;
                } else {
                    Element out = d.createElement("system-out");
                    out.setTextContent((c.outcome() == CheckOutcome.FAIL ? "FAILED (not a gate): " : "") + text);
                    tc.appendChild(out);
                }
                suite.appendChild(tc);
            }
            suite.setAttribute("tests", Integer.toString(v.checks().size()));
            suite.setAttribute("failures", Integer.toString(failures));
            suite.setAttribute("errors", "0");
            suite.setAttribute("skipped", Integer.toString(skipped));
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(d), new StreamResult(w));
            return w.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed", e);
        }
    }

    private static void prop(Document d, Element props, String name, String value) {
        Element p = d.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", value);
        props.appendChild(p);
    }
}
