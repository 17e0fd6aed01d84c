package dev.ateraharness.client;

import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.http.JdkHttpTransport;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.retry.RetryPolicyBuilder;
import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an {@link AteraClient} is built from; immutable, made with {@link #builder()}.
 *
 * <p>Guarantees: {@link #toString()} never shows the key; every request has a timeout (a call never hangs);
 * unless told otherwise ({@link Builder#withoutResilience()}), every request passes the standard resilience stack
 * of {@link ResilienceOptions#defaults()}: the key's shared sliding-log limiter (700 per 60 s, each request
 * counted until its response, 10 ms guard), the
 * default retry policy and the key's retry budget, on this config's scheduler.
 *
 * <p>Layer order, outermost first: the resilience stack, then the {@link Builder#layer layers} in the order added,
 * then the transport. So a layer sees every attempt (retries included), each right after its limiter grant: a
 * request budget, a fault injector or a wire log belongs there; a delay it adds is safe for the limit (a request
 * counts from its grant until its completion) but costs throughput. The stack is configured only through
 * {@link Builder#resilience(ResilienceOptions)}, so a request passes exactly one limiter.
 * Does not validate that the base URL is reachable.
 */
public final class AteraClientConfig {

    /** Atera's production base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://app.atera.com/api/v3");

    private final ConfigValues v;

    private AteraClientConfig(ConfigValues values) {
        this.v = values.frozen();
    }

    /** A builder with the defaults: production URL, 10 s connect, 30 s per request, 50 items per page. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        return new Builder(v.copy());
    }

    /** The base URL, without a trailing slash, e.g. {@code https://app.atera.com/api/v3}. */
    public URI baseUrl() {
        return v.baseUrl;
    }

    public Credentials credentials() {
        return v.credentials;
    }

    public Duration connectTimeout() {
        return v.connectTimeout;
    }

    /**
     * The timeout of one HTTP exchange, from the send to the last byte of the body (the JDK transport enforces it
     * on the config's scheduler; the JDK's own timeout stops at the headers).
     */
    public Duration requestTimeout() {
        return v.requestTimeout;
    }

    /** How long a blocking convenience method waits for its future (limiter waits and retries included). */
    public Duration blockingTimeout() {
        return v.blockingTimeout;
    }

    /** The page size requested (never above {@link #maxItemsInPage()}). */
    public int itemsInPage() {
        return v.itemsInPage;
    }

    public int maxItemsInPage() {
        return v.maxItemsInPage;
    }

    /** The JDK client to use for the default transport, if one was given. */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(v.httpClient);
    }

    /** A transport replacing the JDK one (tests, the planner), if one was given. */
    public Optional<Transport> transport() {
        return Optional.ofNullable(v.transport);
    }

    public Clock clock() {
        return v.clock;
    }

    public Scheduler scheduler() {
        return v.scheduler;
    }

    /** The resilience stack the client adds (see the class comment for where it sits). */
    public ResilienceOptions resilience() {
        return v.resilience;
    }

    /**
     * The largest response body the JDK transport holds (default 16 MiB): counted while the body streams; past it
     * the request fails with {@link MalformedResponseException} naming the limit, and the connection is closed.
     */
    public long maxResponseSize() {
        return v.maxResponseBytes;
    }

    /** How long {@code listAllCached} serves a list before reading it again (default 5 min). */
    public Duration listCacheTtl() {
        return v.listCacheTtl;
    }

    /**
     * Page requests of one entity in flight during {@code sync}, {@code listAll} and {@code stream} once page 1
     * gave the totals ({@link PageConcurrency}); default sequential (the {@code sync} command and the simulations
     * default to {@code auto}).
     */
    public PageConcurrency pageConcurrency() {
        return v.pageConcurrency;
    }

    /** The user layers, outermost first (all inside the resilience stack). */
    public List<TransportLayer> layers() {
        return v.layers;
    }

    /** A name for this client in logs (the attempt log's {@code client_id}). */
    public String clientId() {
        return v.clientId;
    }

    public SyncListener syncListener() {
        return v.syncListener;
    }

    @Override
    public String toString() {
        return "AteraClientConfig[baseUrl=" + v.baseUrl + ", credentials=" + v.credentials + ", connectTimeout="
                + v.connectTimeout + ", requestTimeout=" + v.requestTimeout + ", itemsInPage=" + v.itemsInPage
                + ", maxItemsInPage=" + v.maxItemsInPage + ", maxResponseSize=" + v.maxResponseBytes
                + ", resilience=" + v.resilience
                + ", layers=" + v.layers.size()
                + ", clientId=" + v.clientId + ", pageConcurrency=" + v.pageConcurrency
                + ", transport=" + (v.transport == null ? "jdk" : "custom") + "]";
    }

    /** Mutable builder; {@link #build()} validates and freezes. Not thread-safe. */
    public static final class Builder {
        private final ConfigValues v;

        private Builder() {
            this(new ConfigValues());
        }

        private Builder(ConfigValues values) {
            this.v = values;
        }

        public Builder baseUrl(String url) {
            return baseUrl(URI.create(url));
        }

        /** http or https, absolute; a trailing slash is dropped. */
        public Builder baseUrl(URI url) {
            v.baseUrl = ConfigValues.baseUrl(url);
            return this;
        }

        public Builder credentials(Credentials credentials) {
            v.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        public Builder connectTimeout(Duration d) {
            v.connectTimeout = ConfigValues.positive(d, "connectTimeout");
            return this;
        }

        public Builder requestTimeout(Duration d) {
            v.requestTimeout = ConfigValues.positive(d, "requestTimeout");
            return this;
        }

        /**
         * The largest response body to accept, in bytes: 1..{@link JdkHttpTransport#MAX_RESPONSE_BYTES_LIMIT}
         * (default {@link JdkHttpTransport#DEFAULT_MAX_RESPONSE_BYTES}, 16 MiB). Applies to the JDK transport;
         * a replacement {@link #transport(Transport)} is its own judge.
         */
        public Builder maxResponseSize(long bytes) {
            v.maxResponseBytes = ConfigValues.maxResponseBytes(bytes);
            return this;
        }

        public Builder blockingTimeout(Duration d) {
            v.blockingTimeout = ConfigValues.positive(d, "blockingTimeout");
            return this;
        }

        /** The page size to request; 1..maxItemsInPage (checked at build). */
        public Builder itemsInPage(int n) {
            v.itemsInPage = n;
            return this;
        }

        /** The largest page size the client will request (Atera's v3 says 50; the older API took 500). */
        public Builder maxItemsInPage(int n) {
            v.maxItemsInPage = n;
            return this;
        }

        public Builder httpClient(HttpClient client) {
            v.httpClient = Objects.requireNonNull(client, "httpClient");
            return this;
        }

        /** Replaces the JDK transport (a simulated server, a WireMock-free test double). */
        public Builder transport(Transport transport) {
            v.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        public Builder clock(Clock clock) {
            v.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder scheduler(Scheduler scheduler) {
            v.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** Uses {@code time} as both clock and scheduler (for example a VirtualTime). */
        public <T extends Clock & Scheduler> Builder time(T time) {
            return clock(time).scheduler(time);
        }

        /**
         * Appends a layer; the first added is the outermost, and all sit inside the resilience stack (they see
         * every attempt).
         */
        public Builder layer(TransportLayer layer) {
            v.layers.add(Objects.requireNonNull(layer, "layer"));
            return this;
        }

        public Builder clientId(String id) {
            v.clientId = Objects.requireNonNull(id, "clientId");
            return this;
        }

        public Builder syncListener(SyncListener listener) {
            v.syncListener = Objects.requireNonNull(listener, "syncListener");
            return this;
        }

        /** Replaces the resilience settings ({@link ResilienceOptions#defaults()} unless set). */
        public Builder resilience(ResilienceOptions options) {
            v.resilience = Objects.requireNonNull(options, "resilience");
            return this;
        }

        /** No limiter, no retries, no attempt records (tests of the core; a proxy that does it all). */
        public Builder withoutResilience() {
            return resilience(ResilienceOptions.none());
        }

        /** The key's limiter settings: N, W and guard (shorthand for {@link ResilienceOptions#rateLimiter}). */
        public Builder rateLimiter(RateLimiterConfig config) {
            return resilience(v.resilience.rateLimiter(config));
        }

        /** Shorthand for {@link ResilienceOptions#retryPolicy}. */
        public Builder retryPolicy(RetryPolicyBuilder policy) {
            return resilience(v.resilience.retryPolicy(policy));
        }

        /** Shorthand for {@link ResilienceOptions#attemptListener}: one record per attempt. */
        public Builder attemptListener(AttemptListener listener) {
            return resilience(v.resilience.attemptListener(listener));
        }

        /** Shorthand for {@link ResilienceOptions#redis(java.net.URI)}: the key's limit shared through Redis. */
        public Builder redisLimiter(java.net.URI redis) {
            return resilience(v.resilience.redis(redis));
        }

        /** Shorthand for {@link ResilienceOptions#privateRegistries()}: a limiter not shared with other clients. */
        public Builder privateRegistries() {
            return resilience(v.resilience.privateRegistries());
        }

        /** TTL of the opt-in list cache ({@code listAllCached}); default 5 minutes. */
        public Builder listCacheTtl(Duration ttl) {
            v.listCacheTtl = ConfigValues.positive(ttl, "listCacheTtl");
            return this;
        }

        /** Page requests in flight per entity ({@link PageConcurrency#auto()} to follow the latency). */
        public Builder pageConcurrency(PageConcurrency c) {
            v.pageConcurrency = Objects.requireNonNull(c, "pageConcurrency");
            return this;
        }

        public AteraClientConfig build() {
            v.validate();
            return new AteraClientConfig(v);
        }
    }
}
