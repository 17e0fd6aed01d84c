package dev.ateraharness.client.limit;

import dev.ateraharness.client.http.TransportResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a server's rate-limit fields from a response, in this order of preference:
 * <ol>
 *   <li>IETF {@code RateLimit} (draft-ietf-httpapi-ratelimit-headers: {@code "default";r=0;t=12}), with the quota
 *       from {@code RateLimit-Policy} ({@code "default";q=700;w=60}); with several policies the most restrictive
 *       (least remaining) one wins;</li>
 *   <li>the older IETF trio {@code RateLimit-Limit / -Remaining / -Reset};</li>
 *   <li>{@code X-RateLimit-Limit / -Remaining / -Reset} (the seed profile: Reset = seconds until reset).</li>
 * </ol>
 *
 * <p>Guarantees: never throws on server input: a malformed or partial set of fields (no remaining, no reset, a
 * negative or non-numeric value) yields empty. Does not interpret a Reset that looks like an epoch timestamp
 * (above 10^9): it is taken as seconds since the epoch and converted against the receipt time, the one
 * heuristic here.
 */
public final class RateHeaders {

    private static final long EPOCH_THRESHOLD = 1_000_000_000L;

    private RateHeaders() {
    }

    /** The quota the response reports, if any well-formed one. */
    public static Optional<ServerQuota> parse(TransportResponse response, long receivedEpochSeconds) {
        Optional<ServerQuota> ietf = response.header("RateLimit").flatMap(v -> parseIetf(v,
                response.header("RateLimit-Policy")));
        if (ietf.isPresent()) {
            return ietf;
        }
        Optional<ServerQuota> trio = parseTrio(response, "RateLimit-", receivedEpochSeconds);
        return trio.isPresent() ? trio : parseTrio(response, "X-RateLimit-", receivedEpochSeconds);
    }

    private static Optional<ServerQuota> parseTrio(TransportResponse r, String prefix, long receivedEpochSeconds) {
        Optional<Long> remaining = r.header(prefix + "Remaining").flatMap(RateHeaders::nonNegative);
        Optional<Long> reset = r.header(prefix + "Reset").flatMap(RateHeaders::nonNegative);
        if (remaining.isEmpty() || reset.isEmpty()) {
            return Optional.empty();
        }
        long resetSeconds = reset.get();
        if (resetSeconds > EPOCH_THRESHOLD) {
            resetSeconds = Math.max(0, resetSeconds - receivedEpochSeconds);
        }
        OptionalInt limit = r.header(prefix + "Limit").flatMap(RateHeaders::nonNegative)
                .map(l -> OptionalInt.of((int) Math.min(Integer.MAX_VALUE, l))).orElse(OptionalInt.empty());
        return Optional.of(new ServerQuota(limit, (int) Math.min(Integer.MAX_VALUE, remaining.get()),
                Duration.ofSeconds(resetSeconds)));
    }

    /** {@code RateLimit: "p1";r=5;t=10, "p2";r=0;t=30}: the item with the least remaining. */
    private static Optional<ServerQuota> parseIetf(String value, Optional<String> policyHeader) {
        ServerQuota best = null;
        String bestName = null;
        for (String item : value.split(",")) {
            String[] parts = item.trim().split(";");
            Long r = null;
            Long t = null;
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].trim().split("=", 2);
                if (kv.length != 2) {
                    continue;
                }
                Optional<Long> n = nonNegative(kv[1]);
                if (kv[0].trim().equals("r")) {
                    r = n.orElse(null);
                } else if (kv[0].trim().equals("t")) {
                    t = n.orElse(null);
                }
            }
            if (r == null) {
                continue; // r is required by the draft; t defaults to unknown, which we cannot pace on
            }
            if (t == null) {
                continue;
            }
            if (best == null || r < best.remaining()) {
                best = new ServerQuota(OptionalInt.empty(), (int) Math.min(Integer.MAX_VALUE, r),
                        Duration.ofSeconds(t));
                bestName = parts[0].trim();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String name = bestName == null ? "" : bestName;
        OptionalInt q = policyHeader.map(p -> quotaOf(p, name)).orElse(OptionalInt.empty());
        return Optional.of(new ServerQuota(q, best.remaining(), best.reset()));
    }

    private static OptionalInt quotaOf(String policy, String name) {
        for (String item : policy.split(",")) {
            String[] parts = item.trim().split(";");
            if (!parts[0].trim().equals(name)) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].trim().split("=", 2);
                if (kv.length == 2 && kv[0].trim().equals("q")) {
                    Optional<Long> q = nonNegative(kv[1]);
                    if (q.isPresent()) {
                        return OptionalInt.of((int) Math.min(Integer.MAX_VALUE, q.get()));
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    private static Optional<Long> nonNegative(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 18) {
            return Optional.empty();
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(Long.parseLong(t));
    }
}
