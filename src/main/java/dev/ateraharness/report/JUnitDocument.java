package dev.ateraharness.report;

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

/** The parts every JUnit XML report here shares: a new document, properties, the suite's counts, the text. */
final class JUnitDocument {

    private JUnitDocument() {
    }

    static Document create() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support failed", e);
        }
    }

    static void prop(Document d, Element props, String name, String value) {
        Element p = d.createElement("property");
        p.setAttribute("name", name);
        p.setAttribute("value", value);
        props.appendChild(p);
    }

    static void counts(Element suite, int tests, int failures, int skipped) {
        suite.setAttribute("tests", Integer.toString(tests));
        suite.setAttribute("failures", Integer.toString(failures));
        suite.setAttribute("errors", "0");
        suite.setAttribute("skipped", Integer.toString(skipped));
    }

    /** The document as indented UTF-8 XML text. */
    static String text(Document d) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(d), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed", e);
        }
    }
}
