package dev.ateraharness.client;

import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.retry.RetryPolicyBuilder;
import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;
import dev.ateraharness.time.SystemTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
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
 * counts from its grant until its completion) but costs throughput. If a layer built by {@link dev.ateraharness.client.resilience.Resilience} is added explicitly, the
 * default stack is left out and that layer governs, where it was added (never two limiters on one request).
 * Does not validate that the base URL is reachable.
 */
public final class AteraClientConfig {

    /** Atera's production base URL. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://app.atera.com/api/v3");

    private final URI baseUrl;
    private final Credentials credentials;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration blockingTimeout;
    private final int itemsInPage;
    private final int maxItemsInPage;
    private final HttpClient httpClient;
    private final Transport transport;
    private final Clock clock;
    private final Scheduler scheduler;
    private final List<TransportLayer> layers;
    private final String clientId;
    private final SyncListener syncListener;
    private final ResilienceOptions resilience;
    private final Duration listCacheTtl;

    private AteraClientConfig(Builder b) {
        this.baseUrl = b.baseUrl;
        this.credentials = b.credentials;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.blockingTimeout = b.blockingTimeout;
        this.itemsInPage = b.itemsInPage;
        this.maxItemsInPage = b.maxItemsInPage;
        this.httpClient = b.httpClient;
        this.transport = b.transport;
        this.clock = b.clock;
        this.scheduler = b.scheduler;
        this.layers = List.copyOf(b.layers);
        this.clientId = b.clientId;
        this.syncListener = b.syncListener;
        this.resilience = b.resilience;
        this.listCacheTtl = b.listCacheTtl;
    }

    /** A builder with the defaults: production URL, 10 s connect, 30 s per request, 50 items per page. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUrl = baseUrl;
        b.credentials = credentials;
        b.connectTimeout = connectTimeout;
        b.requestTimeout = requestTimeout;
        b.blockingTimeout = blockingTimeout;
        b.itemsInPage = itemsInPage;
        b.maxItemsInPage = maxItemsInPage;
        b.httpClient = httpClient;
        b.transport = transport;
        b.clock = clock;
        b.scheduler = scheduler;
        b.layers.addAll(layers);
        b.clientId = clientId;
        b.syncListener = syncListener;
        b.resilience = resilience;
        b.listCacheTtl = listCacheTtl;
        return b;
    }

    /** The base URL, without a trailing slash, e.g. {@code https://app.atera.com/api/v3}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The timeout of one HTTP exchange. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** How long a blocking convenience method waits for its future (limiter waits and retries included). */
    public Duration blockingTimeout() {
        return blockingTimeout;
    }

    /** The page size requested (never above {@link #maxItemsInPage()}). */
    public int itemsInPage() {
        return itemsInPage;
    }

    public int maxItemsInPage() {
        return maxItemsInPage;
    }

    /** The JDK client to use for the default transport, if one was given. */
    public Optional<HttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /** A transport replacing the JDK one (tests, the planner), if one was given. */
    public Optional<Transport> transport() {
        return Optional.ofNullable(transport);
    }

    public Clock clock() {
        return clock;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** The resilience stack the client adds (see the class comment for where it sits). */
    public ResilienceOptions resilience() {
        return resilience;
    }

    /** How long {@code listAllCached} serves a list before reading it again (default 5 min). */
    public Duration listCacheTtl() {
        return listCacheTtl;
    }

    /** The user layers, outermost first (all inside the resilience stack). */
    public List<TransportLayer> layers() {
        return layers;
    }

    /** A name for this client in logs (the attempt log's {@code client_id}). */
    public String clientId() {
        return clientId;
    }

    public SyncListener syncListener() {
        return syncListener;
    }

    @Override
    public String toString() {
        return "AteraClientConfig[baseUrl=" + baseUrl + ", credentials=" + credentials + ", connectTimeout="
                + connectTimeout + ", requestTimeout=" + requestTimeout + ", itemsInPage=" + itemsInPage
                + ", maxItemsInPage=" + maxItemsInPage + ", resilience=" + resilience + ", layers=" + layers.size()
                + ", clientId=" + clientId
                + ", transport=" + (transport == null ? "jdk" : "custom") + "]";
    }

    /** Mutable builder; {@link #build()} validates and freezes. Not thread-safe. */
    public static final class Builder {
        private URI baseUrl = DEFAULT_BASE_URL;
        private Credentials credentials;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration blockingTimeout = Duration.ofHours(6);
        private int itemsInPage = 50;
        private int maxItemsInPage = 50;
        private HttpClient httpClient;
        private Transport transport;
        private Clock clock = SystemTime.INSTANCE;
        private Scheduler scheduler = SystemTime.INSTANCE;
        private final List<TransportLayer> layers = new ArrayList<>();
        private String clientId = "client-1";
        private SyncListener syncListener = SyncListener.NONE;
        private ResilienceOptions resilience = ResilienceOptions.defaults();
        private Duration listCacheTtl = Duration.ofMinutes(5);

        private Builder() {
        }

        public Builder baseUrl(String url) {
            return baseUrl(URI.create(url));
        }

        /** http or https, absolute; a trailing slash is dropped. */
        public Builder baseUrl(URI url) {
            Objects.requireNonNull(url, "baseUrl");
            String s = url.toString();
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            URI u = URI.create(s);
            if (!"http".equalsIgnoreCase(u.getScheme()) && !"https".equalsIgnoreCase(u.getScheme())
                    || u.getHost() == null) {
                throw new IllegalArgumentException("base URL must be an absolute http(s) URL: " + u);
            }
            if (u.getRawQuery() != null || u.getRawFragment() != null) {
                throw new IllegalArgumentException("base URL must have no query or fragment: " + u);
            }
            this.baseUrl = u;
            return this;
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = positive(d, "connectTimeout");
            return this;
        }

        public Builder requestTimeout(Duration d) {
            this.requestTimeout = positive(d, "requestTimeout");
            return this;
        }

        public Builder blockingTimeout(Duration d) {
            this.blockingTimeout = positive(d, "blockingTimeout");
            return this;
        }

        /** The page size to request; 1..maxItemsInPage (checked at build). */
        public Builder itemsInPage(int n) {
            this.itemsInPage = n;
            return this;
        }

        /** The largest page size the client will request (Atera's v3 says 50; the older API took 500). */
        public Builder maxItemsInPage(int n) {
            this.maxItemsInPage = n;
            return this;
        }

        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "httpClient");
            return this;
        }

        /** Replaces the JDK transport (a simulated server, a WireMock-free test double). */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** Uses {@code time} as both clock and scheduler (for example a VirtualTime). */
        public <T extends Clock & Scheduler> Builder time(T time) {
            return clock(time).scheduler(time);
        }

        /**
         * Appends a layer; the first added is the outermost, and all sit inside the resilience stack (they see
         * every attempt). A layer from {@link dev.ateraharness.client.resilience.Resilience#build()} replaces the
         * default stack.
         */
        public Builder layer(TransportLayer layer) {
            this.layers.add(Objects.requireNonNull(layer, "layer"));
            return this;
        }

        public Builder clientId(String id) {
            this.clientId = Objects.requireNonNull(id, "clientId");
            return this;
        }

        public Builder syncListener(SyncListener listener) {
            this.syncListener = Objects.requireNonNull(listener, "syncListener");
            return this;
        }

        /** Replaces the resilience settings ({@link ResilienceOptions#defaults()} unless set). */
        public Builder resilience(ResilienceOptions options) {
            this.resilience = Objects.requireNonNull(options, "resilience");
            return this;
        }

        /** No limiter, no retries, no attempt records (tests of the core; a proxy that does it all). */
        public Builder withoutResilience() {
            return resilience(ResilienceOptions.none());
        }

        /** The key's limiter settings: N, W and guard (shorthand for {@link ResilienceOptions#rateLimiter}). */
        public Builder rateLimiter(RateLimiterConfig config) {
            return resilience(resilience.rateLimiter(config));
        }

        /** Shorthand for {@link ResilienceOptions#retryPolicy}. */
        public Builder retryPolicy(RetryPolicyBuilder policy) {
            return resilience(resilience.retryPolicy(policy));
        }

        /** Shorthand for {@link ResilienceOptions#attemptListener}: one record per attempt. */
        public Builder attemptListener(AttemptListener listener) {
            return resilience(resilience.attemptListener(listener));
        }

        /** Shorthand for {@link ResilienceOptions#privateRegistries()}: a limiter not shared with other clients. */
        public Builder privateRegistries() {
            return resilience(resilience.privateRegistries());
        }

        /** TTL of the opt-in list cache ({@code listAllCached}); default 5 minutes. */
        public Builder listCacheTtl(Duration ttl) {
            this.listCacheTtl = positive(ttl, "listCacheTtl");
            return this;
        }

        public AteraClientConfig build() {
            if (credentials == null) {
                throw new IllegalStateException("credentials are required (Credentials.apiKey or .bearer)");
            }
            if (maxItemsInPage < 1) {
                throw new IllegalArgumentException("maxItemsInPage must be >= 1: " + maxItemsInPage);
            }
            if (itemsInPage < 1 || itemsInPage > maxItemsInPage) {
                throw new IllegalArgumentException(
                        "itemsInPage must be in 1.." + maxItemsInPage + ": " + itemsInPage);
            }
            return new AteraClientConfig(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
