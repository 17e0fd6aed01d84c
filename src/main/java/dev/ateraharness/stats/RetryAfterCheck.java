package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import dev.ateraharness.stats.internal.LogicalRequests;
import dev.ateraharness.stats.internal.ServerRetryAfter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retry-After adherence, from both sides.
 *
 * <p>Server side (arrival log): after an answer of 429 or 503 carrying Retry-After d at arrival t0, the key's
 * first arrival at or after t0 + g must come at or after t0 + d, where g is the {@link RetryAfterGrace} (by
 * default the p99 round trip measured in the attempt log; 0, the strict rule, without one). Arrivals inside
 * (t0, t0 + g) may have been sent before the client could read the 429: they are counted as excused, not judged.
 * Client side (attempt log, when given): within a logical request, the attempt after one
 * that received a Retry-After must be sent at or after that attempt's received time + Retry-After.
 *
 * <p>Fails on any violation (earliness beyond the configured tolerance); the figure is the number of violations,
 * details give the worst earliness in ms. Passes vacuously when no Retry-After was ever sent.
 */
public final class RetryAfterCheck implements Check {

    public static final String ID = "retry-after";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Evidence evidence, ComplianceSettings s) {
        long tol = Math.round(s.retryAfterToleranceMs() * 1e6);
        ArrivalLog log = evidence.arrivals();
        Grace grace = grace(s.retryAfterGrace(), evidence);
        int keys = log.keys().size();
        ServerRetryAfter[] rule = new ServerRetryAfter[keys];
        for (int k = 0; k < keys; k++) {
            rule[k] = new ServerRetryAfter(grace.nanos, tol);
        }
        for (int i = 0; i < log.size(); i++) {
            int st = log.status(i);
            double ra = log.retryAfterSeconds(i);
            boolean limited = (st == 429 || st == 503) && !Double.isNaN(ra);
            rule[log.keyIndex(i)].arrival(log.timeNanos(i), limited ? Math.round(ra * 1e9) : -1);
        }
        List<Map<String, Object>> perKey = new ArrayList<>();
        long serverViolations = 0;
        long serverOpp = 0;
        long serverWorst = 0;
        long serverExcused = 0;
        for (int k = 0; k < keys; k++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", log.keys().get(k));
            m.put("label", s.labelOf(log.keys().get(k)));
            m.put("retryAfterFollowed", rule[k].opportunities());
            m.put("violations", rule[k].violations());
            m.put("worstEarlinessMs", rule[k].worstEarlyNanos() / 1e6);
            m.put("excusedInFlight", rule[k].excused());
            perKey.add(m);
            serverViolations += rule[k].violations();
            serverOpp += rule[k].opportunities();
            serverWorst = Math.max(serverWorst, rule[k].worstEarlyNanos());
            serverExcused += rule[k].excused();
        }
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("rule", grace.nanos == 0 ? "strict" : "grace");
        server.put("graceMs", grace.nanos / 1e6);
        server.put("graceSource", grace.source);
        server.put("retryAfterFollowed", serverOpp);
        server.put("violations", serverViolations);
        server.put("excusedInFlight", serverExcused);
        server.put("worstEarlinessMs", serverWorst / 1e6);
        server.put("keys", perKey);

        long clientViolations = 0;
        long clientOpp = 0;
        long clientWorst = 0;
        Map<String, Object> client = new LinkedHashMap<>();
        if (evidence.attempts().isPresent()) {
            for (List<Attempt> req : LogicalRequests.group(evidence.attempts().get())) {
                for (int i = 0; i + 1 < req.size(); i++) {
                    Attempt a = req.get(i);
                    Attempt b = req.get(i + 1);
                    if (!a.hasRetryAfter() || !a.wasReceived() || !b.wasSent()) {
                        continue;
                    }
                    clientOpp++;
                    long early = a.receivedNanos() + Math.round(a.retryAfterSeconds() * 1e9) - b.sentNanos();
                    if (early > tol) {
                        clientViolations++;
                    }
                    clientWorst = Math.max(clientWorst, early);
                }
            }
            client.put("retryAfterFollowed", clientOpp);
            client.put("violations", clientViolations);
            client.put("worstEarlinessMs", clientWorst / 1e6);
        } else {
            client.put("absent", "no attempt log given");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("toleranceMs", s.retryAfterToleranceMs());
        details.put("server", server);
        details.put("client", client);
        long total = serverViolations + clientViolations;
        String title = "Retry-After honoured (429/503)";
        String threshold = "0 early retries";
        if (serverOpp + clientOpp == 0) {
            return new CheckResult(ID, title, CheckOutcome.PASS, false, 0, threshold, "violations",
                    "No request followed a Retry-After, so none could come too early.", details);
        }
        String expl = total == 0
                ? "All " + (serverOpp + clientOpp) + " requests that followed a Retry-After waited at least as long "
                    + "as asked."
                : total + " request(s) came before the Retry-After had passed (worst "
                    + fmtMs(Math.max(serverWorst, clientWorst)) + " early).";
        return new CheckResult(ID, title, total == 0 ? CheckOutcome.PASS : CheckOutcome.FAIL, false, total, threshold,
                "violations", expl, details);
    }

    private record Grace(long nanos, String source) {
    }

    /** The grace in force and where it came from (a sentence for the report). */
    private static Grace grace(RetryAfterGrace g, Evidence evidence) {
        return switch (g.mode()) {
            case STRICT -> new Grace(0, "strict: the key's very next arrival is judged");
            case FIXED -> new Grace(g.fixed().toNanos(), "set: " + g);
            case AUTO -> {
                long[] rtt = evidence.attempts().map(RetryAfterCheck::roundTrips).orElse(new long[0]);
                if (rtt.length == 0) {
                    yield new Grace(0, "strict: no attempt log with answered attempts to estimate the round trip");
                }
                long p99 = rtt[(int) Math.ceil(0.99 * rtt.length) - 1];
                yield new Grace(p99, "auto: p99 of received - sent over " + rtt.length + " attempts");
            }
        };
    }

    private static long[] roundTrips(List<Attempt> attempts) {
        return attempts.stream().filter(a -> a.wasSent() && a.wasReceived())
                .mapToLong(a -> Math.max(0, a.receivedNanos() - a.sentNanos())).sorted().toArray();
    }

    private static String fmtMs(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f ms", nanos / 1e6);
    }
}
