package dev.ateraharness.simulations.support;

import dev.ateraharness.evidence.KeyLabel;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stats.Arrival;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.HttpDoorOptions;
import dev.ateraharness.stub.Profile;
import dev.ateraharness.stub.StubSettings;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Where a simulation sends its traffic: the embedded {@link AteraStub} it started (limit, window, algorithm,
 * profile, items and faults from the settings; one generated key per label, registered in the stub), or a base URL
 * given with {@code -Datera.baseUrl} (then every label uses the key in {@code ATERA_API_KEY}, and the arrival log is
 * read from the stub's admin API).
 *
 * <p>Guarantees: generated keys are random, never printed (only fingerprints), and valid only in this stub.
 * Expected item counts are known only for the embedded stub. Does not: start anything for an external target.
 */
public final class SimulationTarget implements AutoCloseable {

    /** Warm-up requests: rounds of {@link #WARM_UP_CONCURRENCY} concurrent GETs. */
    static final int WARM_UP_ROUNDS = 8;
    static final int WARM_UP_CONCURRENCY = 8;

    private final URI baseUrl;
    private final AteraStub stub;
    private final Map<String, String> keys;
    private final String warmUpKey;

    private SimulationTarget(URI baseUrl, AteraStub stub, Map<String, String> keys, String warmUpKey) {
        this.baseUrl = baseUrl;
        this.stub = stub;
        this.keys = keys;
        this.warmUpKey = warmUpKey;
    }

    /** The embedded stub (or the external target) with one key per label and no faults. */
    public static SimulationTarget start(SimulationSettings settings, List<String> labels) {
        return start(settings, labels, FaultSettings.NONE, UnaryOperator.identity());
    }

    /** As above with faults, and {@code more} applied last to the stub's settings (e.g. data sizes). */
    public static SimulationTarget start(SimulationSettings settings, List<String> labels, FaultSettings faults,
                                         UnaryOperator<StubSettings.Builder> more) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (!settings.embeddedStub()) {
            String key = System.getenv("ATERA_API_KEY");
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("-Datera.baseUrl given: set ATERA_API_KEY to a key that target accepts");
            }
            labels.forEach(label -> keys.put(label, key.strip()));
            return new SimulationTarget(settings.baseUrl().orElseThrow(), null, keys, null);
        }
        SecureRandom random = new SecureRandom();
        StubSettings.Builder b = StubSettings.builder()
                .applyProfile(settings.profile().equals("seed") ? Profile.SEED : Profile.SPEC)
                .limit(settings.limit())
                .window(settings.window())
                .algorithm(settings.algorithm())
                .dataSize("tickets", settings.items())
                .faults(faults);
        for (String label : labels) {
            String key = newKey(random);
            keys.put(label, key);
            b.key(key);
        }
        String warmUp = newKey(random);
        b.key(warmUp);
        AteraStub stub = AteraStub.start(more.apply(b).build(), null);
        return new SimulationTarget(URI.create(stub.baseUrl()), stub, keys, warmUp);
    }

    private static String newKey(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "sim-" + HexFormat.of().formatHex(bytes);
    }

    /**
     * Warms {@code http} (its connection pool) and the stub (its JIT) on a key of its own, before the measured run:
     * on a cold JVM the first requests reached the stub 660 ms after the client's limiter granted them. Since the
     * limiter accounts each permit until its response this no longer risks the limit; it keeps cold-start latency
     * out of the measured figures. No-op for an
     * external target. Its arrivals are left out of {@link #arrivals(Path)}.
     */
    public void warmUp(HttpClient http) {
        if (stub == null) {
            return;
        }
        URI uri = URI.create(baseUrl + "/departments?page=1&itemsInPage=50");
        int rounds = Math.min(WARM_UP_ROUNDS, Math.max(1, stub.settings().limit() / WARM_UP_CONCURRENCY));
        for (int round = 0; round < rounds; round++) {
            List<java.util.concurrent.CompletableFuture<HttpResponse<Void>>> all = new java.util.ArrayList<>();
            for (int i = 0; i < WARM_UP_CONCURRENCY; i++) {
                all.add(http.sendAsync(HttpRequest.newBuilder(uri).header("X-API-KEY", warmUpKey)
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding()));
            }
            all.forEach(f -> f.exceptionally(e -> null).join());
        }
    }

    /** An external target (the live API): every label uses {@code key}; nothing is started. */
    public static SimulationTarget external(URI baseUrl, List<String> labels, String key) {
        Map<String, String> keys = new LinkedHashMap<>();
        labels.forEach(label -> keys.put(label, key));
        return new SimulationTarget(baseUrl, null, keys, null);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public boolean embedded() {
        return stub != null;
    }

    /** The key of {@code label} (never print it: {@link ApiKeys#redact}). */
    public String key(String label) {
        String key = keys.get(label);
        if (key == null) {
            throw new IllegalArgumentException("no key for label '" + label + "'; labels: " + keys.keySet());
        }
        return key;
    }

    /** Label by key fingerprint, for the verdict's side-by-side tables. */
    public Map<String, String> labelsByFingerprint() {
        Map<String, String> m = new LinkedHashMap<>();
        keys.forEach((label, key) -> m.merge(ApiKeys.fingerprint(key), label, (a, b) -> a + " + " + b));
        return m;
    }

    /**
     * Every key of the arrival log with its label and role: the labelled keys as measured, the warm-up key (embedded
     * stub only) as warm-up. Written beside the arrival log so {@code check} treats the keys as the run did.
     */
    public List<KeyLabel> keyLabels() {
        List<KeyLabel> out = new java.util.ArrayList<>();
        labelsByFingerprint().forEach((fp, label) -> out.add(new KeyLabel(fp, label, false)));
        if (warmUpKey != null) {
            out.add(new KeyLabel(ApiKeys.fingerprint(warmUpKey), "warm-up", true));
        }
        return out;
    }

    /** Items of {@code entity} the embedded stub holds; empty for an external target. */
    public OptionalInt expectedItems(String entity) {
        if (stub == null) {
            return OptionalInt.empty();
        }
        Integer n = stub.settings().dataSizes().get(entity);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** Changes the embedded stub's settings mid-run (e.g. a lower limit); no-op for an external target. */
    public void updateStub(UnaryOperator<StubSettings.Builder> change) {
        if (stub != null) {
            stub.updateSettings(change);
        }
    }

    /**
     * Writes the arrival log so far to {@code file} (CSV): from the embedded stub, or from an external stub's admin
     * API ({@code /__admin/atera/arrivals?format=csv}).
     */
    public void writeArrivals(Path file) throws IOException {
        if (stub != null) {
            stub.arrivals().writeCsv(file);
            return;
        }
        URI admin = baseUrl.resolve("/__admin/atera/arrivals?format=csv");
        HttpRequest.Builder request = HttpRequest.newBuilder(admin).timeout(Duration.ofSeconds(60)).GET();
        adminToken().ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() == 401) {
                throw new IOException("GET " + admin + " answered 401: start the stub with --admin-token-file FILE and "
                        + "give the simulation the same token (-Datera.adminTokenFile=FILE or " + HttpDoorOptions.TOKEN_ENV + ")");
            }
            if (r.statusCode() != 200) {
                throw new IOException("GET " + admin + " answered " + r.statusCode()
                        + ": the verdict needs an atera-harness stub's arrival log");
            }
            try (InputStream in = r.body()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted reading " + admin, e);
        }
    }

    /** The external stub's admin token: {@code -Datera.adminTokenFile}, else the environment; never printed. */
    private static java.util.Optional<String> adminToken() throws IOException {
        String file = System.getProperty("atera.adminTokenFile");
        if (file != null && !file.isBlank()) {
            return java.util.Optional.of(HttpDoorOptions.readToken(Path.of(file)));
        }
        return HttpDoorOptions.tokenFromEnvironment(System.getenv());
    }

    /**
     * The arrival log as the checks read it (written to {@code file} first, with every key; the warm-up key's rows
     * are left out here exactly as {@code check} leaves them out by {@link #keyLabels()}).
     */
    public List<Arrival> arrivals(Path file) throws IOException {
        writeArrivals(file);
        java.util.Set<String> warmUp = new java.util.HashSet<>();
        keyLabels().stream().filter(KeyLabel::warmUp).forEach(k -> warmUp.add(k.key()));
        return ArrivalLog.read(file, warmUp).toList();
    }

    /** Arrivals of {@code label}'s key at the embedded stub so far (0 for an external target). */
    public long arrivalsCount(String label) {
        if (stub == null) {
            return 0;
        }
        String fp = ApiKeys.fingerprint(key(label));
        return stub.arrivals().snapshot().stream().filter(a -> a.key().equals(fp)).count();
    }

    @Override
    public void close() {
        if (stub != null) {
            stub.close();
        }
    }
}
