package dev.ateraharness.stub.internal;

import dev.ateraharness.limit.WindowLimiter;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.HttpDoorOptions;
import dev.ateraharness.stub.StubSettings;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The HTTP door in front of WireMock: everything decided before a body is read or WireMock does any work.
 * In order: CORS (one configured origin, else none); CONNECT/TRACE 405; the admin API's token and refusals;
 * an unknown or missing API key 401 (so a key-less request never costs a body read); {@code /__files} 404; then
 * the body, read once under {@code maxBodyBytes} on the wire and decoded (413, 415, 400), handed on buffered with
 * the headers that would make WireMock decode it again hidden. Every answer given here for a non-admin path is
 * in the arrival log, as GuardFilter's are. API requests in flight are bounded by
 * {@link HttpDoorOptions#maxPendingResponses()} (503 beyond it): WireMock answers delayed responses from a
 * scheduler, not a held thread, so nothing else bounds them.
 */
final class DoorHandler extends HandlerWrapper {

    private volatile StubState state;
    private volatile Exchange exchange;
    private volatile HttpDoorOptions options = HttpDoorOptions.closed();
    private volatile Runnable onShutdown = () -> { };
    private final AtomicInteger pending = new AtomicInteger();

    void configure(StubState state, HttpDoorOptions options, Runnable onShutdown) {
        this.state = state;
        this.exchange = new Exchange(state);
        this.options = options;
        this.onShutdown = onShutdown;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        StubSettings s = state.settings();
        String method = request.getMethod();
        String path = decodedPath(baseRequest);
        if (path == null) {
            reply(Errors.of(s.profile(), 400, "The request path is not valid.", null), baseRequest, response);
            return;
        }
        String origin = request.getHeader("Origin");
        boolean corsAllowed = origin != null && options.corsOrigin().map(origin::equals).orElse(false);
        if (corsAllowed) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Vary", "Origin");
            response.setHeader("Access-Control-Expose-Headers", "Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, "
                    + "X-RateLimit-Reset, RateLimit, RateLimit-Policy");
            if (method.equals("OPTIONS") && request.getHeader("Access-Control-Request-Method") != null) {
                Reply r = Reply.empty(204).header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS")
                        .header("Access-Control-Allow-Headers", "X-API-KEY, Authorization, Content-Type")
                        .header("Access-Control-Max-Age", "600");
                reply(r, baseRequest, response);
                return;
            }
        }
        boolean admin = AdminGate.isAdmin(path);
        if (HttpSemantics.refusedEverywhere(method)) {
            String allow = HttpSemantics.allow(Routing.methodsFor(path));
            Reply r = Errors.of(s.profile(), 405, HttpSemantics.printable(method) + " is not allowed here; allowed: "
                    + allow + ".", path).header("Allow", allow);
            logAndReply(r, admin, keyFingerprint(request), method, path, baseRequest, response);
            return;
        }
        if (admin) {
            Reply denied = AdminGate.authenticate(options, s.profile(), request.getHeader("Authorization"), path);
            if (denied != null) {
                reply(denied, baseRequest, response);
                return;
            }
        } else if (path.startsWith(Routing.API_PREFIX)) {
            String key = Exchange.key(request.getHeader("X-API-KEY"), request.getHeader("Authorization"));
            if (key == null || state.key(key) == null) {
                // the key before the body: a request without a valid key never has its body read
                logAndReply(Errors.unauthorized(s.profile()), false, key == null ? "-" : ApiKeys.fingerprint(key), method,
                        path, baseRequest, response);
                return;
            }
        } else if (path.toLowerCase(Locale.ROOT).startsWith("/__files")) {
            logAndReply(Errors.of(s.profile(), 404, "No such route.", path), false, keyFingerprint(request), method, path,
                    baseRequest, response);
            return;
        }
        byte[] body;
        try {
            body = body(request, s.maxBodyBytes());
        } catch (BadRequest e) {
            response.setHeader("Connection", "close");
            Reply r = Errors.of(s.profile(), e.status, e.getMessage(), path);
            logAndReply(limited(r, s, request, admin, path), admin, keyFingerprint(request), method, path, baseRequest, response);
            return;
        }
        if (admin) {
            Reply refused = AdminGate.refuse(s.profile(), method, path, body);
            if (refused != null) {
                reply(refused, baseRequest, response);
                return;
            }
            if (method.equals("POST") && path.equalsIgnoreCase("/__admin/shutdown")) {
                reply(Reply.json(200, "{\"stopping\":true}"), baseRequest, response);
                Thread t = new Thread(onShutdown, "atera-stub-admin-shutdown");
                t.setDaemon(false);
                t.start();
                return;
            }
        }
        if (admin || !path.startsWith(Routing.API_PREFIX)) {
            super.handle(target, baseRequest, new BufferedRequest(request, body), response);
            return;
        }
        if (pending.incrementAndGet() > options.maxPendingResponses()) {
            pending.decrementAndGet();
            Reply r = Errors.of(s.profile(), 503, "The stub already holds " + options.maxPendingResponses()
                    + " responses; retry later.", path).header("Retry-After", "1");
            logAndReply(r, false, keyFingerprint(request), method, path, baseRequest, response);
            return;
        }
        boolean async = false;
        try {
            super.handle(target, baseRequest, new BufferedRequest(request, body), response);
            // WireMock answers a delayed response from its scheduler (asynchronous responses): count it until then
            async = baseRequest.isAsyncStarted();
            if (async) {
                baseRequest.getAsyncContext().addListener(new PendingRelease(pending));
            }
        } finally {
            if (!async) {
                pending.decrementAndGet();
            }
        }
    }

    /** Releases one pending slot exactly once, however the asynchronous response ends. */
    private static final class PendingRelease implements AsyncListener {
        private final AtomicInteger pending;
        private final AtomicBoolean released = new AtomicBoolean();

        PendingRelease(AtomicInteger pending) {
            this.pending = pending;
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                pending.decrementAndGet();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
            release();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            release();
        }

        @Override
        public void onError(AsyncEvent event) {
            release();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // a restarted async cycle keeps its slot
        }
    }

    /** The body decoded under the limit; no body at all for a request that declares none. */
    private static byte[] body(HttpServletRequest request, int limit) {
        BodyReader.Coding coding = BodyReader.coding(request.getHeader("Content-Encoding"));
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (declared == 0 || (declared < 0 && !chunked)) {
            return Reply.NONE;
        }
        if (declared > limit) {
            throw new BadRequest(413, "The request body is larger than " + limit + " bytes.");
        }
        try {
            return BodyReader.read(request.getInputStream(), coding, limit);
        } catch (IOException e) {
            throw new BadRequest(400, "The request body could not be read.");
        }
    }

    /**
     * A body refused at the door by a known key still counts against its limit, as it would have after the guard:
     * the arrival log and the limiter must agree on what arrived.
     */
    private Reply limited(Reply bodyError, StubSettings s, HttpServletRequest request, boolean admin, String path) {
        if (admin) {
            return bodyError;
        }
        String key = Exchange.key(request.getHeader("X-API-KEY"), request.getHeader("Authorization"));
        return exchange.countRefusal(key, path, bodyError, s.clock().nanos());
    }

    private void logAndReply(Reply r, boolean admin, String fingerprint, String method, String path, Request baseRequest,
                             HttpServletResponse response) throws IOException {
        if (!admin) {
            state.arrivals().append(state.settings().clock().nanos() / 1000, fingerprint, method, path, r.status, r.retryAfter);
        }
        reply(r, baseRequest, response);
    }

    private static void reply(Reply r, Request baseRequest, HttpServletResponse response) throws IOException {
        baseRequest.setHandled(true);
        DoorReplies.write(r, response);
    }

    private static String keyFingerprint(HttpServletRequest request) {
        String key = Exchange.key(request.getHeader("X-API-KEY"), request.getHeader("Authorization"));
        return key == null ? "-" : ApiKeys.fingerprint(key);
    }

    /** The path with percent-escapes decoded and dot segments resolved, as the contexts route it; null if invalid. */
    private static String decodedPath(Request baseRequest) {
        try {
            String p = baseRequest.getHttpURI().getDecodedPath();
            if (p == null || p.indexOf('\0') >= 0 || !StandardCharsets.UTF_8.newEncoder().canEncode(p)) {
                return null;
            }
            return p;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
