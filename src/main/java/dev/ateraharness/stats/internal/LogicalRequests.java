package dev.ateraharness.stats.internal;

import dev.ateraharness.evidence.Attempt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups attempt-log rows into logical requests: a row with attempt 1 starts a new request; a row with attempt
 * k > 1 continues the oldest open request of the same client, key, method and path whose last attempt was k-1
 * (so interleaved concurrent requests are untangled as well as the log allows).
 */
public final class LogicalRequests {

    private LogicalRequests() {
    }

    /** Requests in order of their first attempt; each list is in attempt order. Orphan rows start their own. */
    public static List<List<Attempt>> group(List<Attempt> rows) {
        List<List<Attempt>> out = new ArrayList<>();
        Map<String, List<List<Attempt>>> open = new HashMap<>();
        for (Attempt a : rows) {
            String k = a.clientId() + '\u0000' + a.key() + '\u0000' + a.method() + '\u0000' + a.path();
            List<List<Attempt>> candidates = open.computeIfAbsent(k, x -> new ArrayList<>());
            List<Attempt> target = null;
            if (a.attempt() > 1) {
                for (int i = 0; i < candidates.size(); i++) {
                    List<Attempt> c = candidates.get(i);
                    if (c.get(c.size() - 1).attempt() == a.attempt() - 1) {
                        target = c;
                        break;
                    }
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                out.add(target);
                candidates.add(target);
            }
            target.add(a);
            if (!a.outcome().equals("retry")) {
                candidates.remove(target);
            }
        }
        return out;
    }
}
