package dev.ateraharness.stats;

import dev.ateraharness.stats.internal.LogicalRequests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retry-After adherence, from both sides.
 *
 * <p>Server side (arrival log): after an answer of 429 or 503 carrying Retry-After d at arrival t0, the key's
 * <em>next</em> arrival must come at or after t0 + d. This is strict: a request already in flight when the 429
 * was sent also counts. Client side (attempt log, when given): within a logical request, the attempt after one
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
        int keys = log.keys().size();
        long[] deadline = new long[keys];
        boolean[] pending = new boolean[keys];
        long[] opportunities = new long[keys];
        long[] violations = new long[keys];
        long[] worstEarly = new long[keys];
        for (int i = 0; i < log.size(); i++) {
            int k = log.keyIndex(i);
            long t = log.timeNanos(i);
            if (pending[k]) {
                pending[k] = false;
                opportunities[k]++;
                long early = deadline[k] - t;
                if (early > tol) {
                    violations[k]++;
                }
                worstEarly[k] = Math.max(worstEarly[k], early);
            }
            int st = log.status(i);
            double ra = log.retryAfterSeconds(i);
            if ((st == 429 || st == 503) && !Double.isNaN(ra)) {
                pending[k] = true;
                deadline[k] = t + Math.round(ra * 1e9);
            }
        }
        List<Map<String, Object>> perKey = new ArrayList<>();
        long serverViolations = 0;
        long serverOpp = 0;
        long serverWorst = 0;
        for (int k = 0; k < keys; k++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", log.keys().get(k));
            m.put("label", s.labelOf(log.keys().get(k)));
            m.put("retryAfterFollowed", opportunities[k]);
            m.put("violations", violations[k]);
            m.put("worstEarlinessMs", worstEarly[k] / 1e6);
            perKey.add(m);
            serverViolations += violations[k];
            serverOpp += opportunities[k];
            serverWorst = Math.max(serverWorst, worstEarly[k]);
        }
        Map<String, Object> server = new LinkedHashMap<>();
        server.put("retryAfterFollowed", serverOpp);
        server.put("violations", serverViolations);
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
            return new CheckResult(ID, title, Outcome.PASS, false, 0, threshold, "violations",
                    "No request followed a Retry-After, so none could come too early.", details);
        }
        String expl = total == 0
                ? "All " + (serverOpp + clientOpp) + " requests that followed a Retry-After waited at least as long "
                    + "as asked."
                : total + " request(s) came before the Retry-After had passed (worst "
                    + fmtMs(Math.max(serverWorst, clientWorst)) + " early).";
        return new CheckResult(ID, title, total == 0 ? Outcome.PASS : Outcome.FAIL, false, total, threshold,
                "violations", expl, details);
    }

    private static String fmtMs(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f ms", nanos / 1e6);
    }
}
