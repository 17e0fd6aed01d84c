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
        if (method.equals("HEAD")) {
            r.body = Reply.NONE; // HEAD answers as GET would, without the body (the HTTP door's server drops it too)
        }
        return response(r);
    }

    /**
     * A request the HTTP door refused before the model saw it (its body was too large or unreadable) from a
     * registered key still counts against that key's limit, as any arrival does: the limiter judges it at
     * {@code nanos}, a refusal it would have rejected becomes its 429, and rate headers are added. Unknown keys and
     * admin paths get {@code refusal} unchanged. The caller writes the arrival record.
     */
    Reply countRefusal(String key, String path, Reply refusal, long nanos) {
        StubState.KeyEntry entry = key == null ? null : state.key(key);
        if (entry == null) {
            return refusal;
        }
        StubSettings s = state.settings();
        WindowLimiter.Decision d = entry.limiter().tryAcquire(nanos);
        Reply r = refusal;
        if (!d.allowed()) {
            r = Errors.tooMany(s.rateLimitBody(), path);
            r.retryAfter(d.retryAfterSeconds());
        }
        RateHeaderWriter.add(r, s, d);
        return r;
    }

    private Reply routed(StubRequest req, StubSettings s, String method, String path, long now) {
        try {
            return route(req, s, method, path, now);
        } catch (BadRequest e) {
            return Errors.of(s.profile(), e.status, e.getMessage(), path);
        } catch (RuntimeException e) {
            return Errors.problem(500, "atera-harness stub error.", path); // no class names in bodies
        }
    }

    private Reply route(StubRequest req, StubSettings s, String method, String path, long nanos) {
        Routing.Match m = Routing.match(HttpSemantics.routeMethod(method), path); // HEAD finds the GET route
        if (m.route() == null || method.equals("OPTIONS")) {
            // 404, 405 with Allow, OPTIONS 204 with Allow
            return HttpSemantics.unrouted(s.profile(), method, path, m.pathKnown(), m.pathMethods());
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
        ContentTypes.requireJsonWrite(method, req.header("Content-Type"), body.length); // a non-JSON write is 415
        String query = req.rawQuery();
        Call call = new Call(method, path, route.template(), m.params(), query.isEmpty() ? QueryParams.EMPTY : new QueryParams(query),
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
        return key(request.header("X-API-KEY"), request.header("Authorization"));
    }

    /** The same from the two header values (the HTTP door reads them before WireMock does). */
    static String key(String k, String auth) {
        if (k != null && !k.isBlank()) {
            return k.trim();
        }
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String t = auth.substring(7).trim();
            return t.isEmpty() ? null : t;
        }
        return null;
    }
}
