package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ateraharness.limit.WindowLimiter;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.Permission;
import dev.ateraharness.stub.StubSettings;

/**
 * Auth and the per-key limiter, before WireMock matches anything: unknown or missing key 401, over the limit
 * 429 with {@code Retry-After}, missing permission 403. Every stopped request is written to the arrival log here;
 * the rest are logged by the route transformer.
 */
public final class GuardFilter implements StubRequestFilterV2 {

    static final String API_PREFIX = "/api/v3";
    private final StubState state;

    public GuardFilter(StubState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return "atera-guard";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        StubSettings s = state.settings();
        long now = s.clock().nanos();
        String url = request.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        String key = key(request);
        if (!path.startsWith(API_PREFIX)) {
            Arrival.set(new Arrival(now, key == null ? "-" : ApiKeys.fingerprint(key), null));
            return RequestFilterAction.continueWith(request);
        }
        String method = request.getMethod().getName();
        StubState.KeyEntry entry = key == null ? null : state.key(key);
        if (entry == null) {
            return stop(Errors.unauthorized(s.profile()), now, key == null ? "-" : ApiKeys.fingerprint(key), method, path);
        }
        WindowLimiter.Decision d = entry.limiter().tryAcquire(now);
        if (!d.allowed()) {
            Reply r = Errors.tooMany(s.rateLimitBody(), path);
            r.retryAfter(d.retryAfterSeconds());
            RateHeaderWriter.add(r, s, d);
            return stop(r, now, entry.fingerprint(), method, path);
        }
        if (!entry.permissions().contains(Permission.forMethod(method))) {
            Reply r = Errors.of(s.profile(), 403, "This API key lacks the " + Permission.forMethod(method).name()
                    .toLowerCase(java.util.Locale.ROOT) + " permission.", path);
            RateHeaderWriter.add(r, s, d);
            return stop(r, now, entry.fingerprint(), method, path);
        }
        Arrival.set(new Arrival(now, entry.fingerprint(), d));
        return RequestFilterAction.continueWith(request);
    }

    private RequestFilterAction stop(Reply r, long now, String fp, String method, String path) {
        Arrival.take();
        state.arrivals().append(now / 1000, fp, method, path, r.status, r.retryAfter);
        return RequestFilterAction.stopWith(Responses.toDefinition(r));
    }

    /** X-API-KEY, else Authorization: Bearer; null when neither (or blank). */
    static String key(Request request) {
        return key(request.getHeader("X-API-KEY"), request.getHeader("Authorization"));
    }

    /** The same from the two header values (the HTTP door reads them before WireMock). */
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
