package dev.ateraharness.report;

import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.RetryAfterCheck;
import dev.ateraharness.stats.ThroughputCheck;
import dev.ateraharness.stats.Verdict;
import dev.ateraharness.stats.WindowCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The per-key comparison shown side by side in the HTML and Markdown reports, from the checks' details. */
final class KeyTable {

    static final List<String> HEADERS = List.of("label", "key", "arrivals", "max in window", "violating arrivals",
            "window verdict", "rate/s", "utilisation", "Retry-After violations");

    private KeyTable() {
    }

    static List<List<String>> rows(Verdict v) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Map<String, Object> k : keys(v.check(WindowCheck.ID).orElse(null), null)) {
            List<String> r = new ArrayList<>(List.of(str(k.get("label")), str(k.get("key")), str(k.get("arrivals")),
                    str(k.get("maxInWindow")) + " / " + v.settings().limit(), str(k.get("violatingArrivals")),
                    str(k.get("verdict")), "", "", ""));
            rows.put(str(k.get("key")), r);
        }
        for (Map<String, Object> k : keys(v.check(ThroughputCheck.ID).orElse(null), null)) {
            List<String> r = rows.get(str(k.get("key")));
            if (r == null) {
                continue;
            }
            if (k.get("ratePerSecond") instanceof Double rate) {
                r.set(6, String.format(Locale.ROOT, "%.3f", rate));
            }
            if (k.get("utilisation") instanceof Double u && Double.isFinite(u)) {
                r.set(7, Format.percent(u));
            }
        }
        for (Map<String, Object> k : keys(v.check(RetryAfterCheck.ID).orElse(null), "server")) {
            List<String> r = rows.get(str(k.get("key")));
            if (r != null) {
                r.set(8, str(k.get("violations")) + " of " + str(k.get("retryAfterFollowed")));
            }
        }
        return new ArrayList<>(rows.values());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keys(CheckResult c, String under) {
        if (c == null) {
            return List.of();
        }
        Map<String, Object> d = c.details();
        if (under != null) {
            Object o = d.get(under);
            if (!(o instanceof Map)) {
                return List.of();
            }
            d = (Map<String, Object>) o;
        }
        Object keys = d.get("keys");
        return keys instanceof List ? (List<Map<String, Object>>) keys : List.of();
    }

    static String str(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
