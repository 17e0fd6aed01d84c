package dev.ateraharness.stub.internal;

import dev.ateraharness.limit.WindowLimiter;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.ArrivalRecorder;
import dev.ateraharness.stub.LimitScope;
import dev.ateraharness.stub.Permission;
import dev.ateraharness.stub.StubSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What the stub's extensions share: the live settings, the key registry with one limiter per key, the data,
 * the arrival log and the fault random. Settings can be replaced at runtime ({@link #apply}); limiters are then
 * rebuilt (fresh windows) only if the limit, window, algorithm or keys changed.
 */
public final class StubState {

    /** One registered key: its fingerprint (the only form ever logged), rights and limiter. */
    record KeyEntry(String fingerprint, Set<Permission> permissions, WindowLimiter limiter) {
    }

    private final ArrivalRecorder arrivals;
    private volatile StubSettings settings;
    private volatile Map<String, KeyEntry> keys;
    private volatile DataStore data;
    private volatile String baseUrl = "";
    private SplittableRandom faultRandom;
    private final boolean idsOnly;

    public StubState(StubSettings settings, ArrivalRecorder arrivals) {
        this(settings, arrivals, false);
    }

    /** @param idsOnly the light data set of {@code AteraServerModel.Items.IDS_ONLY} */
    public StubState(StubSettings settings, ArrivalRecorder arrivals, boolean idsOnly) {
        this.idsOnly = idsOnly;
        this.arrivals = arrivals;
        this.settings = settings;
        this.keys = buildKeys(settings);
        this.data = new DataStore(settings.seed(), settings.dataSizes(), idsOnly);
        this.faultRandom = new SplittableRandom(settings.faults().seed());
    }

    public StubSettings settings() {
        return settings;
    }

    public ArrivalRecorder arrivals() {
        return arrivals;
    }

    DataStore data() {
        return data;
    }

    KeyEntry key(String key) {
        return keys.get(key);
    }

    /** Starts generating the data set in the background. */
    public void warmData() {
        data.warmInBackground();
    }

    /** Stops background data generation (on close). */
    public void stopWarming() {
        data.stopWarming();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public void baseUrl(String url) {
        this.baseUrl = url;
    }

    /** Replaces the settings (port, bind address and clock cannot change on a running stub). */
    public synchronized void apply(StubSettings next) {
        StubSettings prev = settings;
        StubSettings fixed = next.toBuilder().port(prev.port()).bindAddress(prev.bindAddress()).clock(prev.clock())
                .build();
        boolean limiterChanged = prev.limit() != fixed.limit() || !prev.window().equals(fixed.window())
                || prev.algorithm() != fixed.algorithm() || prev.rejectedCount() != fixed.rejectedCount()
                || prev.limitScope() != fixed.limitScope()
                || !prev.keys().equals(fixed.keys());
        if (limiterChanged) {
            keys = buildKeys(fixed);
        }
        if (prev.seed() != fixed.seed() || !prev.dataSizes().equals(fixed.dataSizes())) {
            data = new DataStore(fixed.seed(), fixed.dataSizes(), idsOnly);
        } else {
            data.clearPages();
        }
        if (!Objects.equals(prev.faults(), fixed.faults())) {
            synchronized (this) {
                faultRandom = new SplittableRandom(fixed.faults().seed());
            }
        }
        settings = fixed;
    }

    /** Fresh windows for every key. */
    public synchronized void resetLimiters() {
        keys = buildKeys(settings);
    }

    /** Regenerates the data set (drops API changes). */
    public synchronized void resetData() {
        data = new DataStore(settings.seed(), settings.dataSizes(), idsOnly);
    }

    /** A uniform draw and a latency sample from the seeded fault stream, in arrival order. */
    synchronized double nextFaultDraw() {
        return faultRandom.nextDouble();
    }

    synchronized long nextLatencyNanos(dev.ateraharness.stub.Latency latency) {
        return latency.sampleNanos(faultRandom);
    }

    private static Map<String, KeyEntry> buildKeys(StubSettings s) {
        Map<String, KeyEntry> m = new HashMap<>();
        long windowNanos = s.window().toNanos();
        // account scope: one window for every key, as keys of one account would share an account-wide limit
        WindowLimiter shared = s.limitScope() == LimitScope.ACCOUNT
                ? s.algorithm().create(s.limit(), windowNanos, s.rejectedCount()) : null;
        s.keys().forEach((k, perms) -> m.put(k, new KeyEntry(ApiKeys.fingerprint(k), perms,
                shared != null ? shared : s.algorithm().create(s.limit(), windowNanos, s.rejectedCount()))));
        return Map.copyOf(m);
    }
}
