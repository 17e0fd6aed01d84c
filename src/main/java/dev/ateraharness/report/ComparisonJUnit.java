package dev.ateraharness.report;

import dev.ateraharness.compare.FigureChange;
import dev.ateraharness.compare.RunComparison;
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
        Document d = JUnitDocument.create();
        Element suite = d.createElement("testsuite");
        d.appendChild(suite);
        suite.setAttribute("name", "atera-harness compare");
        int failures = 0;
        int skipped = 0;
        Element props = d.createElement("properties");
        suite.appendChild(props);
        JUnitDocument.prop(d, props, "baseline", c.baseline().runId());
        JUnitDocument.prop(d, props, "candidate", c.candidate().runId());
        JUnitDocument.prop(d, props, "tolerance", Double.toString(c.settings().tolerance()));
        JUnitDocument.prop(d, props, "seed", Long.toString(c.settings().seed()));
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
        JUnitDocument.counts(suite, c.changes().size(), failures, skipped);
        return JUnitDocument.text(d);
    }
}
