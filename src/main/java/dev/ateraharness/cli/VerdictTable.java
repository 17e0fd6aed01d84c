package dev.ateraharness.cli;

import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.time.Durations;
import dev.ateraharness.stats.Verdict;
import java.util.Locale;

/** The plain-text verdict table {@code check} prints. */
final class VerdictTable {

    private VerdictTable() {
    }

    static String render(Verdict v) {
        StringBuilder b = new StringBuilder();
        var s = v.settings();
        b.append(String.format(Locale.ROOT, "judged against: limit %d per %s per key; gates %s%n", s.limit(),
                Durations.describe(s.window()), new java.util.TreeSet<>(s.gates())));
        b.append(String.format(Locale.ROOT, "%-15s %-12s %-4s %-14s %-26s %s%n", "CHECK", "VERDICT", "GATE",
                "FIGURE", "THRESHOLD", "EXPLANATION"));
        for (CheckResult c : v.checks()) {
            b.append(String.format(Locale.ROOT, "%-15s %-12s %-4s %-14s %-26s %s%n", c.id(), c.outcome().json(),
                    c.gate() ? "yes" : "no", c.figureText(), c.threshold(), c.explanation()));
        }
        b.append("overall: ").append(v.overall().json()).append(System.lineSeparator());
        return b.toString();
    }
}
