package dev.ateraharness.plan;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.limit.SlidingLogLimiter;
import dev.ateraharness.limit.WindowLimiter;
import dev.ateraharness.plan.internal.ListRoutes;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.time.VirtualTime;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * Atera's list routes as a {@link Transport} in virtual time: the planner's server model.
 *
 * <p>Timing (the choice this class documents): each request draws one round-trip latency L from the
 * {@link LatencyModel} at send time t. It <em>arrives</em> at t + L/2 (integer half, rounded down): that is when
 * the key's {@link WindowLimiter} decides, so the limit is enforced on arrival times as on a real server, and two
 * requests sent in one order may arrive in the other. The response completes the future at t + L (the client's
 * receive time). A request whose L exceeds its {@code timeout} fails with {@link HttpTimeoutException} at
 * t + timeout; it still arrives (and counts) if t + L/2 falls before that.
 *
 * <p>On arrival, in the stub's order: a missing key gives 401 (empty body); the key's limiter may reject with 429,
 * {@code Retry-After} in whole seconds (rounded up) and an empty body; an admitted request fails with the
 * configured 5xx (empty body) with probability {@code faultRate}; else {@link ListRoutes} answers
 * {@code GET <base><pathTemplate>?page=&itemsInPage=} (the client's {@link dev.ateraharness.client.Endpoint} path
 * template, e.g. {@code /billing/invoices}) with the spec profile's envelope (items {@code {"TicketID":n}}, the
 * endpoint record's id property, ids 1..N, {@code nextLink} absolute and {@code ""} on the last page,
 * {@code itemsInPage} clamped to the max). Unknown routes give 404 ProblemDetails, a bad page number 400.
 *
 * <p>Guarantees: deterministic for a given seed and the same sequence of {@code send} calls; never blocks, never
 * throws from {@code send}. Not thread-safe: one instance serves one run on the thread that advances its
 * {@link VirtualTime}. It does not model server slow-down under load, connection limits or the real API's other
 * routes. Keys are held only in memory; {@link ServerStats} names them by fingerprint.
 */
public final class SimulatedAteraServer implements Transport {

    /** The base URL the simulated server answers on (never resolved: nothing leaves the JVM). */
    public static final URI DEFAULT_BASE_URI = URI.create("https://atera.simulated/api/v3");

    private static final Map<String, List<String>> NONE = Map.of();

    private final VirtualTime time;
    private final ServerModel config;
    private final SplittableRandom rng;
    private final ListRoutes routes;
    private final Map<String, KeyState> keys = new HashMap<>();

    private long requests;
    private long arrivals;
    private long admitted;
    private long rejected;
    private long faults;
    private long timeouts;
    private long completed;
    private double latencySum;
    private double inFlightArea;
    private int inFlight;
    private int maxInFlight;
    private long lastChange;
    private long firstSend;
    private long lastDone;

    private SimulatedAteraServer(VirtualTime time, ServerModel config) {
        this.time = time;
        this.config = config;
        this.rng = new SplittableRandom(config.seed());
        this.routes = new ListRoutes(config.baseUri(), config.entities(), config.maxItemsInPage());
    }

    /** A builder on the given virtual time. */
    public static Builder builder(VirtualTime time) {
        return new Builder(time);
    }

    /** The read-only configuration. */
    public ServerModel config() {
        return config;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        CompletableFuture<TransportResponse> future = new CompletableFuture<>();
        long sent = time.nanos();
        long latency = config.latency().sampleNanos(rng);
        // drawn now (not at arrival) so that the random stream does not depend on event interleaving
        double faultDraw = config.faultRate() > 0 ? rng.nextDouble() : 1.0;
        startFlight(sent);
        long toArrival = latency / 2;
        Duration timeout = request.timeout();
        long timeoutNanos = timeout == null ? Long.MAX_VALUE : timeout.toNanos();
        if (toArrival < timeoutNanos) {
            time.schedule(toArrival, () -> {
                TransportResponse answer = arrive(request, faultDraw);
                if (latency <= timeoutNanos) {
                    time.schedule(latency - toArrival, () -> finish(future, sent, answer, null));
                }
            });
        }
        if (latency > timeoutNanos) {
            time.schedule(timeoutNanos, () -> {
                timeouts++;
                finish(future, sent, null, new HttpTimeoutException("request timed out after " + timeout));
            });
        }
        return future;
    }

    private TransportResponse arrive(TransportRequest request, double faultDraw) {
        arrivals++;
        long now = time.nanos();
        String key = keyOf(request);
        if (key == null) {
            return response(401, NONE, new byte[0]);
        }
        KeyState state = keys.computeIfAbsent(key, k -> new KeyState(
                config.algorithm().create(config.limit(), config.windowNanos(), config.rejectedCount()), ApiKeys.fingerprint(k)));
        WindowLimiter.Decision d = decide(state.limiter, now);
        if (!d.allowed()) {
            rejected++;
            return response(429, Map.of("Retry-After", List.of(Long.toString(d.retryAfterSeconds()))), new byte[0]);
        }
        admitted++;
        state.admitted++;
        if (faultDraw < config.faultRate()) {
            faults++;
            return response(config.faultStatus(), NONE, new byte[0]);
        }
        return routes.answer(request);
    }

    /**
     * The limiter's decision. For the sliding log this is tryAcquire's decision without its O(N) count of the
     * remaining budget (this server sends no rate headers, and at N = 700 that count dominated a run's cost).
     */
    private WindowLimiter.Decision decide(WindowLimiter limiter, long now) {
        if (limiter instanceof SlidingLogLimiter log) {
            long next = log.nextAdmissionNanos(now);
            boolean allowed = next <= now;
            if (allowed || config.rejectedCount()) {
                log.record(now);
            }
            return new WindowLimiter.Decision(allowed, allowed ? 0 : next - now, 0, 0);
        }
        return limiter.tryAcquire(now);
    }

    private static TransportResponse response(int status, Map<String, List<String>> headers, byte[] body) {
        // receivedNanos is filled in when the response reaches the client
        return new TransportResponse(status, headers, body, 0);
    }

    private void finish(CompletableFuture<TransportResponse> future, long sent, TransportResponse answer, Throwable error) {
        long now = time.nanos();
        endFlight(now, sent);
        if (error != null) {
            future.completeExceptionally(error);
        } else {
            future.complete(new TransportResponse(answer.status(), answer.headers(), answer.body(), now));
        }
    }

    private String keyOf(TransportRequest request) {
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            String name = h.getKey();
            if ((name.equalsIgnoreCase("X-API-KEY") || name.equalsIgnoreCase("Authorization")) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }

    private void startFlight(long now) {
        if (requests == 0) {
            firstSend = now;
            lastChange = now;
        }
        requests++;
        inFlightArea += (double) inFlight * (now - lastChange);
        lastChange = now;
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
    }

    private void endFlight(long now, long sent) {
        inFlightArea += (double) inFlight * (now - lastChange);
        lastChange = now;
        inFlight--;
        completed++;
        latencySum += now - sent;
        lastDone = Math.max(lastDone, now);
    }

    /** A snapshot of the counters. */
    public ServerStats stats() {
        Map<String, Long> perKey = new LinkedHashMap<>();
        keys.values().forEach(s -> perKey.put(s.fingerprint, s.admitted));
        return new ServerStats(requests, arrivals, admitted, rejected, faults, timeouts, perKey, firstSend, lastDone,
                completed, latencySum, inFlightArea, maxInFlight);
    }

    /** Requests currently in flight. */
    public int inFlight() {
        return inFlight;
    }

    private static final class KeyState {
        final WindowLimiter limiter;
        final String fingerprint;
        long admitted;

        KeyState(WindowLimiter limiter, String fingerprint) {
            this.limiter = limiter;
            this.fingerprint = fingerprint;
        }
    }

    /** Builds a {@link SimulatedAteraServer}; defaults: sliding log, 700 per 60 s, no latency, no faults, max page 50. */
    public static final class Builder {
        private final VirtualTime time;
        private Algorithm algorithm = Algorithm.SLIDING_LOG;
        private int limit = 700;
        private long windowNanos = Duration.ofSeconds(60).toNanos();
        private boolean rejectedCount;
        private LatencyModel latency = LatencyModel.fixed(0);
        private double faultRate;
        private int faultStatus = 500;
        private int maxItemsInPage = 50;
        private List<Entity> entities = List.of();
        private URI baseUri = DEFAULT_BASE_URI;
        private long seed = 1;

        private Builder(VirtualTime time) {
            this.time = Objects.requireNonNull(time);
        }

        public Builder algorithm(Algorithm a) { this.algorithm = a; return this; }

        public Builder limit(int n) { this.limit = n; return this; }

        public Builder window(Duration w) { this.windowNanos = w.toNanos(); return this; }

        public Builder rejectedCount(boolean b) { this.rejectedCount = b; return this; }

        public Builder latency(LatencyModel m) { this.latency = m; return this; }

        public Builder faultRate(double p) { this.faultRate = p; return this; }

        public Builder faultStatus(int s) { this.faultStatus = s; return this; }

        public Builder maxItemsInPage(int m) { this.maxItemsInPage = m; return this; }

        public Builder entities(List<Entity> e) { this.entities = e; return this; }

        public Builder baseUri(URI u) { this.baseUri = u; return this; }

        public Builder seed(long s) { this.seed = s; return this; }

        public SimulatedAteraServer build() {
            return new SimulatedAteraServer(time, new ServerModel(algorithm, limit, windowNanos, rejectedCount, latency,
                    faultRate, faultStatus, maxItemsInPage, entities, baseUri, seed));
        }
    }
}
