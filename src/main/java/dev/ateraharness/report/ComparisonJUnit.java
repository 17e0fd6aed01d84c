package dev.ateraharness.report;

import dev.ateraharness.compare.FigureChange;
import dev.ateraharness.compare.RunComparison;
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
 * compare-junit.xml: one {@code <testcase>} per figure and statistic; a regression is a {@code <failure>}, a
 * change too thin to judge is {@code <skipped>}, everything else passes with its interval in {@code <system-out>}.
 */
public final class ComparisonJUnit {

    private ComparisonJUnit() {
    }

    public static String write(RunComparison c) {
        try {
            Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suite = d.createElement("testsuite");
            d.appendChild(suite);
            suite.setAttribute("name", "atera-harness compare");
            int failures = 0;
            int skipped = 0;
            Element props = d.createElement("properties");
            suite.appendChild(props);
            prop(d, props, "baseline", c.baseline().runId());
            prop(d, props, "candidate", c.candidate().runId());
            prop(d, props, "tolerance", Double.toString(c.settings().tolerance()));
            prop(d, props, "seed", Long.toString(c.settings().seed()));
            for (FigureChange ch : c.changes()) {
                Element tc = d.createElement("testcase");
                tc.setAttribute("classname", "dev.ateraharness.compare");
                tc.setAttribute("name", ch.figure() + " " + ch.statistic());
                tc.setAttribute("time", "0");
                String text = ch.explanation() + " [" + ch.method() + "]";
                switch (ch.judgement()) {
                    case REGRESSION -> {
                        Element f = d.createElement("failure");
                        f.setAttribute("message", ch.explanation());
                        f.setAttribute("type", "PerformanceRegression");
                        f.setTextContent(text);
                        tc.appendChild(f);
                        failures++;
                    }
                    case NOT_JUDGED -> {
                        Element s = d.createElement("skipped");
                        s.setAttribute("message", ch.explanation());
                        tc.appendChild(s);
                        skipped++;
                    }
                    default -> {
                        Element out = d.createElement("system-out");
                        out.setTextContent(text);
                        tc.appendChild(out);
                    }
                }
                suite.appendChild(tc);
            }
            suite.setAttribute("tests", Integer.toString(c.changes().size()));
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
