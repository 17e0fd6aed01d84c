package dev.ateraharness.report;

import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.CheckOutcome;
import dev.ateraharness.stats.Verdict;
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
        Document d = JUnitDocument.create();
        Element suite = d.createElement("testsuite");
        d.appendChild(suite);
        int failures = 0;
        int skipped = 0;
        suite.setAttribute("name", "atera-harness compliance");
        suite.setAttribute("timestamp", v.judgedAt().toString());
        Element props = d.createElement("properties");
        suite.appendChild(props);
        JUnitDocument.prop(d, props, "settings", Format.settingsLine(v.settings()));
        JUnitDocument.prop(d, props, "overall", v.overall().json());
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
        JUnitDocument.counts(suite, v.checks().size(), failures, skipped);
        return JUnitDocument.text(d);
    }
}
