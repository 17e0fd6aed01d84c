package dev.ateraharness.simulations.support;

import dev.ateraharness.client.PageConcurrency;
import dev.ateraharness.stub.Latency;

import dev.ateraharness.limit.Algorithm;

import java.net.URI;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.time.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a simulation run is told on the command line, as {@code -Datera.*} system properties (the Gatling Maven
 * plugin forwards them to its forked JVM). Every simulation reads the same set; each uses what applies to it.
 *
 * <table>
 *   <caption>properties</caption>
 *   <tr><td>atera.baseUrl</td><td>target API, e.g. {@code http://127.0.0.1:8080/api/v3}; absent = start the
 *       embedded stub</td></tr>
 *   <tr><td>atera.limit, atera.window</td><td>N requests per W per key (700, 60s); compress time with e.g.
 *       {@code -Datera.limit=70 -Datera.window=6s}</td></tr>
 *   <tr><td>atera.workers</td><td>concurrent client workers sharing one key (4)</td></tr>
 *   <tr><td>atera.users</td><td>Gatling virtual users (1)</td></tr>
 *   <tr><td>atera.duration</td><td>how long closed-loop workers keep starting syncs (2m)</td></tr>
 *   <tr><td>atera.guard</td><td>the client limiter's guard on top of W (the client's own default,
 *       10 ms: the limiter accounts each permit until its response, so latency needs no guard)</td></tr>
 *   <tr><td>atera.algorithm</td><td>the embedded stub's limiter: sliding-log, fixed-window, token-bucket
 *       (sliding-log)</td></tr>
 *   <tr><td>atera.items</td><td>tickets in the embedded stub's data set (2847, the seed's example)</td></tr>
 *   <tr><td>atera.profile</td><td>stub API profile: spec or seed (spec)</td></tr>
 *   <tr><td>atera.timeout</td><td>per-operation timeout in the bridge (10m)</td></tr>
 *   <tr><td>atera.p95Max</td><td>gate: p95 of one full sync (5m)</td></tr>
 *   <tr><td>atera.live, atera.budget</td><td>LiveSmokeSimulation only: explicit opt-in (false) and hard request
 *       budget (100)</td></tr>
 *   <tr><td>atera.concurrency</td><td>page requests of one entity in flight per sync: auto, auto:CAP or a
 *       number (auto)</td></tr>
 *   <tr><td>atera.latency</td><td>latency the embedded stub adds to every admitted request in the main job
 *       (FullSyncSimulation): none, fixed:MS or lognormal:MEDIAN_MS:P99_MS (lognormal:180:900, the planner's
 *       default)</td></tr>
 *   <tr><td>atera.reportsDir</td><td>where the verdict is written next to Gatling's report (reports)</td></tr>
 *   <tr><td>atera.redis</td><td>keep each key's limiter log in this Redis, e.g. {@code redis://127.0.0.1:6379},
 *       so that several injectors (processes, machines) share one exact limit per key (absent: in-process)</td></tr>
 *   <tr><td>atera.injector</td><td>{@code i/k}: this process is injector i of k on the same keys (1/1); with
 *       k &gt; 1 the run needs atera.redis and atera.baseUrl, and leaves the verdict to one {@code check} of the
 *       stub's arrival log after all injectors (.ci/multi-injector.sh)</td></tr>
 * </table>
 *
 * <p>Guarantees: immutable; every value validated on construction with a one-line message naming the property.
 * Does not: read the API key (see {@link LiveGuard}; keys come from the environment only).
 */
public record SimulationSettings(Optional<URI> baseUrl, int limit, Duration window, int workers, int users,
                                 Duration duration, int items, String profile, Duration timeout, Duration p95Max,
                                 boolean live, int budget, String reportsDir, Algorithm algorithm,
                                 Duration guard, PageConcurrency concurrency, Latency latency,
                                 Optional<URI> redis, Injector injector) {

    /** Injector {@code index} of {@code count} processes driving the same keys. */
    public record Injector(int index, int count) {
        public Injector {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException("atera.injector must be i/k with 1 <= i <= k, not " + index + "/"
                        + count);
            }
        }

        /** Whether other injectors share the run (so no single one may judge it). */
        public boolean shared() {
            return count > 1;
        }

        static Injector parse(String v) {
            String[] parts = v.split("/", -1);
            try {
                if (parts.length == 2) {
                    return new Injector(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException("atera.injector must be i/k (e.g. 2/4), not '" + v + "'");
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }

    public SimulationSettings {
        positive("atera.limit", limit);
        positive("atera.workers", workers);
        positive("atera.users", users);
        positive("atera.items", items);
        positive("atera.budget", budget);
        positive("atera.window", window);
        positive("atera.duration", duration);
        positive("atera.timeout", timeout);
        positive("atera.p95Max", p95Max);
        if (guard == null || guard.isNegative()) {
            throw new IllegalArgumentException("atera.guard must be zero or positive, not " + guard);
        }
        java.util.Objects.requireNonNull(algorithm, "atera.algorithm");
        java.util.Objects.requireNonNull(concurrency, "atera.concurrency");
        java.util.Objects.requireNonNull(latency, "atera.latency");
        if (!profile.equals("spec") && !profile.equals("seed")) {
            throw new IllegalArgumentException("atera.profile must be spec or seed, not '" + profile + "'");
        }
        redis.ifPresent(dev.ateraharness.client.limit.RedisLimiterConfig::of); // validates, one line
        java.util.Objects.requireNonNull(injector, "atera.injector");
        if (injector.shared() && (redis.isEmpty() || baseUrl.isEmpty())) {
            throw new IllegalArgumentException("atera.injector=" + injector + " needs atera.redis (one limit for all"
                    + " injectors) and atera.baseUrl (one stub for all injectors)");
        }
        baseUrl.ifPresent(uri -> {
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("atera.baseUrl must be an http(s) URL, not '" + uri + "'");
            }
        });
    }

    /** Reads {@code System.getProperty}. */
    public static SimulationSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    /** Reads any property source (tests pass a map's {@code get}). */
    public static SimulationSettings from(Function<String, String> props) {
        Function<String, Optional<String>> get = name -> Optional.ofNullable(props.apply(name))
                .map(String::strip).filter(v -> !v.isEmpty());
        return new SimulationSettings(
                get.apply("atera.baseUrl").map(SimulationSettings::uri),
                get.apply("atera.limit").map(v -> integer("atera.limit", v)).orElse(700),
                get.apply("atera.window").map(v -> duration("atera.window", v)).orElse(Duration.ofSeconds(60)),
                get.apply("atera.workers").map(v -> integer("atera.workers", v)).orElse(4),
                get.apply("atera.users").map(v -> integer("atera.users", v)).orElse(1),
                get.apply("atera.duration").map(v -> duration("atera.duration", v)).orElse(Duration.ofMinutes(2)),
                get.apply("atera.items").map(v -> integer("atera.items", v)).orElse(2847),
                get.apply("atera.profile").orElse("spec"),
                get.apply("atera.timeout").map(v -> duration("atera.timeout", v)).orElse(Duration.ofMinutes(10)),
                get.apply("atera.p95Max").map(v -> duration("atera.p95Max", v)).orElse(Duration.ofMinutes(5)),
                get.apply("atera.live").map(Boolean::parseBoolean).orElse(false),
                get.apply("atera.budget").map(v -> integer("atera.budget", v)).orElse(100),
                get.apply("atera.reportsDir").orElse("reports"),
                get.apply("atera.algorithm").map(SimulationSettings::algorithm).orElse(Algorithm.SLIDING_LOG),
                get.apply("atera.guard").map(v -> duration("atera.guard", v)).orElse(RateLimiterConfig.DEFAULT_GUARD),
                get.apply("atera.concurrency").map(SimulationSettings::concurrency).orElse(PageConcurrency.auto()),
                get.apply("atera.latency").map(SimulationSettings::latency).orElse(DEFAULT_LATENCY),
                get.apply("atera.redis").map(SimulationSettings::redisUri),
                get.apply("atera.injector").map(Injector::parse).orElse(new Injector(1, 1)));
    }

    /** The main job's stub latency: lognormal, median 180 ms, p99 900 ms (sigma = ln 5 / z(0.99)). */
    public static final Latency DEFAULT_LATENCY = Latency.lognormalP99(180, 900);

    private static PageConcurrency concurrency(String v) {
        try {
            return PageConcurrency.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("atera." + e.getMessage());
        }
    }

    private static Latency latency(String v) {
        String[] p = v.trim().toLowerCase(java.util.Locale.ROOT).split(":");
        try {
            if (p.length == 1 && p[0].equals("none")) {
                return Latency.NONE;
            }
            if (p.length == 2 && p[0].equals("fixed")) {
                return Latency.fixed(Double.parseDouble(p[1]));
            }
            if (p.length == 3 && p[0].equals("lognormal") && Double.parseDouble(p[2]) > Double.parseDouble(p[1])) {
                return Latency.lognormalP99(Double.parseDouble(p[1]), Double.parseDouble(p[2]));
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("atera.latency must be none, fixed:MS or lognormal:MEDIAN_MS:P99_MS "
                + "(p99 above the median), not '" + v + "'");
    }

    private static URI redisUri(String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("atera.redis is not a URI (redis://host:port): '" + value + "'");
        }
    }

    /** True when no base URL was given: the simulation starts the embedded stub. */
    public boolean embeddedStub() {
        return baseUrl.isEmpty();
    }

    /** The limit as a rate: requests per second. */
    public double ratePerSecond() {
        return limit / (window.toNanos() / 1e9);
    }

    /** One line for the console; no secrets in it. */
    public String describe() {
        return "target=" + baseUrl.map(URI::toString).orElse("embedded stub (" + profile + ")")
                + " limit=" + limit + "/" + window + " guard=" + guard + " workers=" + workers + " users=" + users
                + " items=" + items + " duration=" + duration + " algorithm=" + algorithm.cliName() + " timeout=" + timeout + " p95Max=" + p95Max
                + " concurrency=" + concurrency + " latency=" + latency.kind().name().toLowerCase(java.util.Locale.ROOT)
                + redis.map(r -> " redis=" + dev.ateraharness.client.limit.RedisLimiterConfig.of(r).redactedUri())
                        .orElse("") + (injector.shared() ? " injector=" + injector : "");
    }

    private static Algorithm algorithm(String value) {
        try {
            return Algorithm.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("atera.algorithm must be sliding-log, fixed-window or token-bucket, not '"
                    + value + "'");
        }
    }

    private static URI uri(String value) {
        try {
            return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("atera.baseUrl is not a URL: '" + value + "'");
        }
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, not '" + value + "'");
        }
    }

    /** Zero is read here so that the checks above say which property it is (and a guard of zero is allowed). */
    private static Duration duration(String name, String value) {
        try {
            return Durations.parseAllowingZero(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
        }
    }
}
