package dev.ateraharness.stub.internal;

import dev.ateraharness.limit.WindowLimiter;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.Permission;
import dev.ateraharness.stub.StubRequest;
import dev.ateraharness.stub.StubResponse;
import dev.ateraharness.stub.StubSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request through the whole model, in this order: outside {@code /api/v3} 404; missing or unknown key 401;
 * the key's limiter (judged at the request's arrival time) 429 with {@code Retry-After}; a missing permission 403;
 * route matching (404/405); faults and latency; the route's handler; rate headers; the arrival record. Bad input
 * becomes a 4xx in the profile's envelope, an unexpected exception a ProblemDetails 500 that says so.
 */
public final class Exchange {

    private final StubState state;

    public Exchange(StubState state) {
        this.state = state;
    }

    /** Answers one request and appends its arrival record. */
    public StubResponse handle(StubRequest req) {
        StubSettings s = state.settings();
        long now = req.arrivalNanos();
        String path = req.path();
        String method = req.method();
        String key = key(req);
        String fp = "-";
        Reply r;
        if (!path.startsWith(Routing.API_PREFIX)) {
            fp = key == null ? "-" : ApiKeys.fingerprint(key);
            r = Errors.of(s.profile(), 404, "No such route.", path);
        } else {
            StubState.KeyEntry entry = key == null ? null : state.key(key);
            if (entry == null) {
                // a registered key's fingerprint is computed once; an unknown one per request
                fp = key == null ? "-" : ApiKeys.fingerprint(key);
                r = Errors.unauthorized(s.profile());
            } else {
                fp = entry.fingerprint();
                WindowLimiter.Decision d = entry.limiter().tryAcquire(now);
                if (!d.allowed()) {
                    r = Errors.tooMany(s.rateLimitBody(), path);
                    r.retryAfter(d.retryAfterSeconds());
                } else if (!entry.permissions().contains(Permission.forMethod(method))) {
                    r = Errors.of(s.profile(), 403, "This API key lacks the " + Permission.forMethod(method).name()
                            .toLowerCase(Locale.ROOT) + " permission.", path);
                } else {
                    r = routed(req, s, method, path, now);
                }
                RateHeaderWriter.add(r, s, d);
            }
        }
        state.arrivals().append(now / 1000, fp, method, path, r.fault != 0 ? 0 : r.status, r.retryAfter);
        return response(r);
    }

    private Reply routed(StubRequest req, StubSettings s, String method, String path, long now) {
        try {
            return route(req, s, method, path, now);
        } catch (BadRequest e) {
            return Errors.of(s.profile(), e.status, e.getMessage(), path);
        } catch (RuntimeException e) {
            return Errors.problem(500, "atera-harness stub error: " + e.getClass().getSimpleName(), path);
        }
    }

    private Reply route(StubRequest req, StubSettings s, String method, String path, long nanos) {
        Routing.Match m = Routing.match(method, path);
        if (m.route() == null) {
            return m.pathKnown() ? Errors.of(s.profile(), 405, method + " is not allowed here.", path)
                    : Errors.of(s.profile(), 404, "No such route.", path);
        }
        Route route = m.route();
        FaultRule rule = s.faults().ruleFor(route.template());
        Reply fault = rule.isNone() ? null : Faults.decide(state, s, rule, path);
        if (fault != null && fault.status != 200) {
            return fault;
        }
        byte[] body = req.body();
        if (body.length > s.maxBodyBytes()) {
            return Errors.of(s.profile(), 413, "The request body is larger than " + s.maxBodyBytes() + " bytes.", path);
        }
        String query = req.rawQuery();
        Call call = new Call(method, path, route.template(), m.params(), query.isEmpty() ? Query.EMPTY : new Query(query),
                body, s, state.data(), state.baseUrl() + m.sub(), nanos / 1_000_000_000L);
        Reply r = route.handler().apply(call);
        if (fault != null) {
            // fault.status == 200 here: a malformed-JSON fault or latency only
            r.delayNanos = fault.delayNanos;
            if (fault.fault == 3 && r.body.length > 1) {
                r.body = Arrays.copyOf(r.body, r.body.length / 2);
            }
        }
        return r;
    }

    private static StubResponse response(Reply r) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (r.contentType != null) {
            headers.put("Content-Type", List.of(r.contentType));
        }
        for (String[] h : r.headers) {
            headers.computeIfAbsent(h[0], k -> new ArrayList<>(1)).add(h[1]);
        }
        StubResponse.ConnectionFault fault = switch (r.fault) {
            case 1 -> StubResponse.ConnectionFault.CONNECTION_RESET;
            case 2 -> StubResponse.ConnectionFault.EMPTY_RESPONSE;
            default -> StubResponse.ConnectionFault.NONE;
        };
        return new StubResponse(r.fault == 1 || r.fault == 2 ? 0 : r.status, headers, r.body, r.delayNanos, fault,
                r.retryAfter);
    }

    /** X-API-KEY, else Authorization: Bearer; null when neither (or blank). */
    static String key(StubRequest request) {
        String k = request.header("X-API-KEY");
        if (k != null && !k.isBlank()) {
            return k.trim();
        }
        String auth = request.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String t = auth.substring(7).trim();
            return t.isEmpty() ? null : t;
        }
        return null;
    }
}
