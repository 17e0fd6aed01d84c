package dev.ateraharness.stub;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.stub.internal.SettingsJson;
import dev.ateraharness.time.Clock;
import dev.ateraharness.time.SystemTime;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the stub does that Atera does not document, as one immutable value. Build with {@link #builder()}
 * (spec-profile defaults), {@link #defaults(Profile)}, or {@link #load(Path)} from a JSON settings file (see
 * {@code stubs/spec.json}); change a copy with {@link #toBuilder()}.
 *
 * <p>Guarantees: every instance is valid (limit, window, sizes positive; probabilities in range) and immutable.
 * It does not hold key material in anything it prints: {@link #toString()} shows key fingerprints only.
 */
public final class StubSettings {

    /** Default data-set sizes: a mid-size MSP. Keys are the entity names used in {@link #dataSizes()}. */
    public static final Map<String, Integer> DEFAULT_SIZES = defaultSizes();

    private final Profile profile;
    private final int port;
    private final String bindAddress;
    private final int limit;
    private final Duration window;
    private final Algorithm algorithm;
    private final boolean rejectedCount;
    private final LimitScope limitScope;
    private final RateLimitBody rateLimitBody;
    private final RateHeaderStyle rateHeaders;
    private final int maxItemsInPage;
    private final int defaultItemsInPage;
    private final OverMaxPolicy overMaxPolicy;
    private final UnknownIdPolicy unknownIdPolicy;
    private final ErrorBodyPolicy errorBodyPolicy;
    private final Map<String, Integer> dataSizes;
    private final long seed;
    private final FaultSettings faults;
    private final Map<String, Set<Permission>> keys;
    private final int maxBodyBytes;
    private final Clock clock;

    private StubSettings(Builder b) {
        this.profile = Objects.requireNonNull(b.profile, "profile");
        this.port = b.port;
        this.bindAddress = Objects.requireNonNull(b.bindAddress, "bindAddress");
        this.limit = b.limit;
        this.window = Objects.requireNonNull(b.window, "window");
        this.algorithm = Objects.requireNonNull(b.algorithm, "algorithm");
        this.rejectedCount = b.rejectedCount;
        this.limitScope = Objects.requireNonNull(b.limitScope, "limitScope");
        this.rateLimitBody = Objects.requireNonNull(b.rateLimitBody, "rateLimitBody");
        this.rateHeaders = Objects.requireNonNull(b.rateHeaders, "rateHeaders");
        this.maxItemsInPage = b.maxItemsInPage;
        this.defaultItemsInPage = b.defaultItemsInPage;
        this.overMaxPolicy = Objects.requireNonNull(b.overMaxPolicy, "overMaxPolicy");
        this.unknownIdPolicy = Objects.requireNonNull(b.unknownIdPolicy, "unknownIdPolicy");
        this.errorBodyPolicy = Objects.requireNonNull(b.errorBodyPolicy, "errorBodyPolicy");
        this.dataSizes = Collections.unmodifiableMap(new LinkedHashMap<>(b.dataSizes));
        this.seed = b.seed;
        this.faults = Objects.requireNonNull(b.faults, "faults");
        Map<String, Set<Permission>> k = new LinkedHashMap<>();
        b.keys.forEach((key, perms) -> k.put(key, Set.copyOf(perms)));
        this.keys = Collections.unmodifiableMap(k);
        this.maxBodyBytes = b.maxBodyBytes;
        this.clock = Objects.requireNonNull(b.clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1: " + limit);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (maxItemsInPage < 1 || defaultItemsInPage < 1) {
            throw new IllegalArgumentException("page sizes must be >= 1");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 1");
        }
        dataSizes.forEach((name, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("data size of " + name + " must be >= 0");
            }
        });
    }

    /** A builder with the {@code spec} profile's defaults. */
    public static Builder builder() {
        return new Builder().applyProfile(Profile.SPEC);
    }

    /** The defaults of a profile. */
    public static StubSettings defaults(Profile profile) {
        return new Builder().applyProfile(profile).build();
    }

    /**
     * Reads a JSON settings file: its {@code profile} (default {@code spec}) picks the defaults, then every
     * other field present overrides them. Unknown fields are an error (a typo must not pass silently).
     */
    public static StubSettings load(Path file) throws IOException {
        return SettingsJson.read(file, builder()).build();
    }

    /**
     * Reads a keys file: a JSON object {@code {"KEY": ["read","write","delete"], ...}}, or text with one key per
     * line, optionally followed by a space and comma-separated permissions (default: all); '#' starts a comment.
     * A bad file throws IOException naming it.
     */
    public static Map<String, Set<Permission>> loadKeys(Path file) throws IOException {
        return SettingsJson.readKeys(file);
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.profile = profile;
        b.port = port;
        b.bindAddress = bindAddress;
        b.limit = limit;
        b.window = window;
        b.algorithm = algorithm;
        b.rejectedCount = rejectedCount;
        b.limitScope = limitScope;
        b.rateLimitBody = rateLimitBody;
        b.rateHeaders = rateHeaders;
        b.maxItemsInPage = maxItemsInPage;
        b.defaultItemsInPage = defaultItemsInPage;
        b.overMaxPolicy = overMaxPolicy;
        b.unknownIdPolicy = unknownIdPolicy;
        b.errorBodyPolicy = errorBodyPolicy;
        b.dataSizes = new LinkedHashMap<>(dataSizes);
        b.seed = seed;
        b.faults = faults;
        b.keys = new LinkedHashMap<>(keys);
        b.maxBodyBytes = maxBodyBytes;
        b.clock = clock;
        return b;
    }

    public Profile profile() { return profile; }
    /** 0 means a free port chosen at start. */
    public int port() { return port; }
    public String bindAddress() { return bindAddress; }
    /** N: admitted requests per window per key. */
    public int limit() { return limit; }
    /** W. */
    public Duration window() { return window; }
    public Algorithm algorithm() { return algorithm; }
    /** Whether rejected (429) requests also count against the window (sliding log and fixed window only). */
    public boolean rejectedCount() { return rejectedCount; }
    /** Whether each key has its own window ({@link LimitScope#KEY}, default) or all keys share one. */
    public LimitScope limitScope() { return limitScope; }
    public RateLimitBody rateLimitBody() { return rateLimitBody; }
    public RateHeaderStyle rateHeaders() { return rateHeaders; }
    public int maxItemsInPage() { return maxItemsInPage; }
    /** The page size when {@code itemsInPage} is absent (20 in Atera's document). */
    public int defaultItemsInPage() { return defaultItemsInPage; }
    public OverMaxPolicy overMaxPolicy() { return overMaxPolicy; }
    /** The answer for an unknown id where the document lists no 404 (see {@link UnknownIdPolicy}). */
    public UnknownIdPolicy unknownIdPolicy() { return unknownIdPolicy; }
    /** The body of a 400 where the document gives none (see {@link ErrorBodyPolicy}). */
    public ErrorBodyPolicy errorBodyPolicy() { return errorBodyPolicy; }
    /**
     * Generated data-set sizes by entity: tickets, customers, contacts, agents, alerts, contracts, departments,
     * invoices, knowledgebases, products, expenses, genericdevices, tcpdevices, httpdevices, snmpdevices,
     * comments (spread over tickets), workhours (spread over tickets). Unfiltered list routes return exactly these
     * counts until data is changed through the API.
     */
    public Map<String, Integer> dataSizes() { return dataSizes; }
    /** Seed of the generated data. */
    public long seed() { return seed; }
    public FaultSettings faults() { return faults; }
    /** Key registry: key to permissions. Empty means every request is answered 401. */
    public Map<String, Set<Permission>> keys() { return keys; }
    /** Request bodies above this are answered 413. */
    public int maxBodyBytes() { return maxBodyBytes; }
    /** The clock for arrivals and limiters. */
    public Clock clock() { return clock; }

    @Override
    public String toString() {
        return SettingsJson.write(this, true).toString();
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private Profile profile = Profile.SPEC;
        private int port;
        private String bindAddress = "127.0.0.1";
        private int limit = 700;
        private Duration window = Duration.ofSeconds(60);
        private Algorithm algorithm = Algorithm.SLIDING_LOG;
        private boolean rejectedCount;
        private LimitScope limitScope = LimitScope.KEY;
        private RateLimitBody rateLimitBody = RateLimitBody.EMPTY;
        private RateHeaderStyle rateHeaders = RateHeaderStyle.NONE;
        private int maxItemsInPage = 50;
        private int defaultItemsInPage = 20;
        private OverMaxPolicy overMaxPolicy = OverMaxPolicy.CLAMP;
        private UnknownIdPolicy unknownIdPolicy = UnknownIdPolicy.NOT_FOUND_404;
        private ErrorBodyPolicy errorBodyPolicy = ErrorBodyPolicy.PROBLEM_DETAILS;
        private Map<String, Integer> dataSizes = new LinkedHashMap<>(DEFAULT_SIZES);
        private long seed = 42;
        private FaultSettings faults = FaultSettings.NONE;
        private Map<String, Set<Permission>> keys = new LinkedHashMap<>();
        private int maxBodyBytes = 1 << 20;
        private Clock clock = SystemTime.INSTANCE;

        private Builder() {
        }

        /** Sets the profile and the defaults that come with it (429 body, rate headers). */
        public Builder applyProfile(Profile p) {
            this.profile = p;
            this.rateLimitBody = p == Profile.SEED ? RateLimitBody.MESSAGE : RateLimitBody.EMPTY;
            this.rateHeaders = p == Profile.SEED ? RateHeaderStyle.X_RATELIMIT : RateHeaderStyle.NONE;
            return this;
        }

        /** Sets only the profile (envelope and error shapes), keeping the other settings. */
        public Builder profile(Profile p) { this.profile = p; return this; }
        public Builder port(int p) { this.port = p; return this; }
        public Builder bindAddress(String a) { this.bindAddress = a; return this; }
        public Builder limit(int n) { this.limit = n; return this; }
        public Builder window(Duration w) { this.window = w; return this; }
        public Builder algorithm(Algorithm a) { this.algorithm = a; return this; }
        public Builder rejectedCount(boolean r) { this.rejectedCount = r; return this; }
        public Builder limitScope(LimitScope s) { this.limitScope = s; return this; }
        public Builder rateLimitBody(RateLimitBody b) { this.rateLimitBody = b; return this; }
        public Builder rateHeaders(RateHeaderStyle h) { this.rateHeaders = h; return this; }
        public Builder maxItemsInPage(int n) { this.maxItemsInPage = n; return this; }
        public Builder defaultItemsInPage(int n) { this.defaultItemsInPage = n; return this; }
        public Builder overMaxPolicy(OverMaxPolicy p) { this.overMaxPolicy = p; return this; }
        public Builder unknownIdPolicy(UnknownIdPolicy p) { this.unknownIdPolicy = p; return this; }
        public Builder errorBodyPolicy(ErrorBodyPolicy p) { this.errorBodyPolicy = p; return this; }
        /** Sets one entity's size (see {@link StubSettings#dataSizes()}). */
        public Builder dataSize(String entity, int n) {
            if (!DEFAULT_SIZES.containsKey(entity)) {
                throw new IllegalArgumentException("unknown entity '" + entity + "' (known: " + DEFAULT_SIZES.keySet() + ")");
            }
            this.dataSizes.put(entity, n);
            return this;
        }
        public Builder seed(long s) { this.seed = s; return this; }
        public Builder faults(FaultSettings f) { this.faults = f; return this; }
        /** Adds a key with its permissions. */
        public Builder key(String key, Set<Permission> permissions) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("key must not be blank");
            }
            this.keys.put(key, Set.copyOf(permissions));
            return this;
        }
        /** Adds a key with every permission. */
        public Builder key(String key) { return key(key, Permission.all()); }
        /** Replaces the key registry. */
        public Builder keys(Map<String, Set<Permission>> k) { this.keys = new LinkedHashMap<>(k); return this; }
        public Builder maxBodyBytes(int n) { this.maxBodyBytes = n; return this; }
        public Builder clock(Clock c) { this.clock = c; return this; }

        public StubSettings build() {
            return new StubSettings(this);
        }
    }

    private static Map<String, Integer> defaultSizes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("tickets", 2847);
        m.put("customers", 184);
        m.put("contacts", 1462);
        m.put("agents", 1236);
        m.put("alerts", 618);
        m.put("contracts", 211);
        m.put("departments", 7);
        m.put("invoices", 964);
        m.put("knowledgebases", 86);
        m.put("products", 41);
        m.put("expenses", 23);
        m.put("genericdevices", 58);
        m.put("tcpdevices", 44);
        m.put("httpdevices", 72);
        m.put("snmpdevices", 36);
        m.put("comments", 8541);
        m.put("workhours", 3912);
        return Collections.unmodifiableMap(m);
    }
}
