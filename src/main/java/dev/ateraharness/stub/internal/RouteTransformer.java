package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.StubSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every request that passed the guard: routes it (Atera's paths, case-insensitive), applies faults and latency,
 * adds rate headers, and writes the arrival log. Bad input becomes a 4xx in the profile's shape; an unexpected
 * exception becomes a ProblemDetails 500 that says so (never a stack trace).
 */
public final class RouteTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "atera-routes";
    private static final List<Route> ROUTES = routes();

    private final StubState state;

    public RouteTransformer(StubState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    private static List<Route> routes() {
        List<Route> r = new ArrayList<>();
        ReadRoutes.register(r);
        WriteRoutes.register(r);
        DurationRoutes.register(r);
        CustomFieldRoutes.register(r);
        NotModelledRoutes.register(r);
        r.sort(Comparator.comparingInt(Route::literals).reversed());
        return List.copyOf(r);
    }

    /** Templates of every modelled operation, as {@code METHOD /template}. */
    public static List<String> operations() {
        return ROUTES.stream().filter(Route::modelled).map(r -> r.method() + " " + r.template()).toList();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request req = serveEvent.getRequest();
        StubSettings s = state.settings();
        Arrival a = Arrival.take();
        long nanos = a != null ? a.nanos() : s.clock().nanos();
        String url = req.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String method = req.getMethod().getName();
        String fp = a != null ? a.keyFingerprint() : fingerprint(req);
        Reply r;
        try {
            r = handle(req, s, a, method, path, q < 0 ? "" : url.substring(q + 1), nanos);
        } catch (BadRequest e) {
            r = Errors.of(s.profile(), e.status, e.getMessage(), path);
        } catch (RuntimeException e) {
            r = Errors.problem(500, "atera-harness stub error.", path); // hook(h10s): no class names in bodies
        }
        if (a != null) {
            RateHeaderWriter.add(r, s, a.decision());
        }
        state.arrivals().append(nanos / 1000, fp, method, path, r.fault != 0 ? 0 : r.status, r.retryAfter);
        return Responses.toDefinition(r);
    }

    private Reply handle(Request req, StubSettings s, Arrival a, String method, String path, String query, long nanos) {
        if (!path.startsWith(GuardFilter.API_PREFIX) || a == null) {
            return Errors.of(s.profile(), 404, "No such route.", path);
        }
        String sub = path.substring(GuardFilter.API_PREFIX.length());
        if (sub.endsWith("/") && sub.length() > 1) {
            sub = sub.substring(0, sub.length() - 1);
        }
        String[] parts = sub.isEmpty() ? new String[0] : sub.substring(1).split("/", -1);
        Match m = match(parts, HttpSemantics.routeMethod(method)); // hook(h10s): HEAD finds the GET route
        if (m.route() == null || method.equals("OPTIONS")) {
            // hook(h10s): 404, 405 with Allow, OPTIONS 204 with Allow
            return HttpSemantics.unrouted(s.profile(), method, path, m.pathKnown(), m.pathMethods());
        }
        Route route = m.route();
        String[] params = m.params();
        if (!route.modelled()) {
            return route.handler().apply(new Call(method, path, route.template(), params, Query.EMPTY, Reply.NONE, s,
                    state.data(), state.baseUrl() + sub, nanos / 1_000_000_000L));
        }
        FaultRule rule = s.faults().ruleFor(route.template());
        Reply fault = rule.isNone() ? null : Faults.decide(state, s, rule, path);
        if (fault != null && fault.status != 200) {
            return fault;
        }
        byte[] body = req.getBody();
        if (body != null && body.length > s.maxBodyBytes()) {
            return Errors.of(s.profile(), 413, "The request body is larger than " + s.maxBodyBytes() + " bytes.", path);
        }
        // hook(h10s): a write whose Content-Type is not JSON is 415
        ContentTypes.requireJsonWrite(method, req.getHeader("Content-Type"), body == null ? 0 : body.length);
        Call call = new Call(method, path, route.template(), params, query.isEmpty() ? Query.EMPTY : new Query(query),
                body == null ? Reply.NONE : body, s, state.data(), state.baseUrl() + sub, nanos / 1_000_000_000L);
        Reply r = route.handler().apply(call);
        if (fault != null) {
            // fault.status == 200 here: a malformed-JSON fault or latency only
            r.delayMs = fault.delayMs;
            if (fault.fault == 3 && r.body.length > 1) {
                r.body = java.util.Arrays.copyOf(r.body, r.body.length / 2);
            }
        }
        return r;
    }

    /** The route for {@code wanted} on these path segments (null if none) and every method the path has. */
    record Match(Route route, String[] params, boolean pathKnown, List<String> pathMethods) {
    }

    static Match match(String[] parts, String wanted) {
        Route route = null;
        String[] params = null;
        boolean pathKnown = false;
        int literals = -1;
        List<String> pathMethods = new ArrayList<>(4);
        for (Route candidate : ROUTES) {
            if (pathKnown && candidate.literals() < literals) {
                // a literal segment beats a parameter: /tickets/billableduration is never ticket "billableduration"
                break;
            }
            String[] p = candidate.match(parts);
            if (p != null) {
                pathKnown = true;
                literals = candidate.literals();
                pathMethods.add(candidate.method());
                if (route == null && candidate.method().equals(wanted)) {
                    route = candidate;
                    params = p;
                }
            }
        }
        return new Match(route, params, pathKnown, pathMethods);
    }

    /** The methods routed on {@code path} (absolute, e.g. /api/v3/tickets); empty for an unknown path. */
    static List<String> methodsFor(String path) {
        if (!path.startsWith(GuardFilter.API_PREFIX)) {
            return List.of();
        }
        String sub = path.substring(GuardFilter.API_PREFIX.length());
        if (sub.endsWith("/") && sub.length() > 1) {
            sub = sub.substring(0, sub.length() - 1);
        }
        String[] parts = sub.isEmpty() ? new String[0] : sub.substring(1).split("/", -1);
        return match(parts, "").pathMethods();
    }

    private static String fingerprint(Request req) {
        String k = GuardFilter.key(req);
        return k == null ? "-" : ApiKeys.fingerprint(k);
    }
}
