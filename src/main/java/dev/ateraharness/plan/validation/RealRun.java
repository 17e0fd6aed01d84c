package dev.ateraharness.plan.validation;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.PageConcurrency;
import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.event.AttemptRecord;
import dev.ateraharness.client.http.JdkHttpTransport;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.plan.ClientSync;
import dev.ateraharness.plan.ClientSyncDriver;
import dev.ateraharness.plan.Decoding;
import dev.ateraharness.plan.Distribution;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.ScenarioRunner;
import dev.ateraharness.plan.SyncOutcome;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.SystemTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link ValidationScenario} for real: the HTTP stub ({@link AteraStub}, sliding log of N per W, the
 * scenario's data sizes, the scenario's latency configured in the stub) on 127.0.0.1 and the real client over
 * HTTP in real time ({@link SystemTime}), driven by the same {@link ClientSync} the planner uses with its default
 * split ({@link Distribution#CLIENT}: the client's page fan-out over the keys, W in flight per key, the code
 * {@code sync} runs). Two short warm-up syncs first, each on its own key (the first pays for JIT compilation,
 * connections and the stub generating its tables; the second's attempts are kept for calibration), then the
 * measured sync on fresh keys and fresh client limiters.
 *
 * <p>Guarantees: the measurement is the sync's own duration on the client's clock (first request to last page);
 * every attempt is recorded (its {@code received - sent} is the latency the planner resamples). Blocks the
 * calling thread for about the sync's duration (it is a measurement, not library code). The keys are synthetic.
 */
public final class RealRun {

    private static final String WARM_UP_KEY = "validation-warm-up";
    private static final String CALIBRATION_KEY = "validation-calibration";

    private RealRun() {
    }

    /**
     * One measured sync: its outcome, every attempt its clients made, and every attempt of the second warm-up sync
     * it (same stub, same latency, same requests in flight, its own key: what a calibration may look at without
     * seeing the measured run).
     */
    public record Measurement(SyncOutcome outcome, List<AttemptRecord> attempts, List<AttemptRecord> warmUp) {

        public Measurement {
            attempts = List.copyOf(attempts);
            warmUp = List.copyOf(warmUp);
        }

        public long syncNanos() {
            return outcome.durationNanos();
        }

        /** {@code received - sent} of every measured attempt that got a response, in nanoseconds. */
        public long[] latenciesNanos() {
            return roundTrips(attempts);
        }

        /** {@code received - sent} of every (second) warm-up attempt that got a response, in nanoseconds. */
        public long[] warmUpLatenciesNanos() {
            return roundTrips(warmUp);
        }

        /** The client's overhead per request in the measured run ({@link #clientOverheadNanos(List)}). */
        public long clientOverheadNanos() {
            return clientOverheadNanos(attempts);
        }

        /** The client's overhead per request in the warm-up ({@link #clientOverheadNanos(List)}). */
        public long warmUpClientOverheadNanos() {
            return clientOverheadNanos(warmUp);
        }

        /** Attempts answered 429. */
        public long rejected() {
            return attempts.stream().filter(a -> a.status() == 429).count();
        }

        private static long[] roundTrips(List<AttemptRecord> as) {
            return as.stream().filter(a -> a.sent() != null && a.received() != null)
                    .mapToLong(a -> Duration.between(a.sent(), a.received()).toNanos()).toArray();
        }

        /**
         * What the client spends between a response and the next request it frees (decoding, thread hand-offs,
         * the fan-out's bookkeeping): per request, its {@code intended} time minus the latest response its client
         * received before it; the median, because requests that waited for the limiter or started the sync have
         * no such response just before them. 0 when there are none.
         */
        public static long clientOverheadNanos(List<AttemptRecord> attempts) {
            Map<String, List<AttemptRecord>> byClient = new HashMap<>();
            for (AttemptRecord a : attempts) {
                byClient.computeIfAbsent(a.clientId(), k -> new ArrayList<>()).add(a);
            }
            List<Long> gaps = new ArrayList<>();
            for (List<AttemptRecord> as : byClient.values()) {
                long[] received = as.stream().filter(a -> a.received() != null)
                        .mapToLong(a -> nanos(a.received())).sorted().toArray();
                for (AttemptRecord a : as) {
                    if (a.intended() == null) {
                        continue;
                    }
                    long t = nanos(a.intended());
                    int i = Arrays.binarySearch(received, t);
                    int before = i >= 0 ? i : -i - 2;
                    if (before >= 0) {
                        gaps.add(t - received[before]);
                    }
                }
            }
            if (gaps.isEmpty()) {
                return 0;
            }
            Collections.sort(gaps);
            return gaps.get(gaps.size() / 2);
        }

        private static long nanos(Instant i) {
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        }
    }

    /** Starts a stub for {@code s}, warms up, measures one sync, stops the stub. */
    public static Measurement measure(ValidationScenario s, long seed) throws InterruptedException {
        StubSettings.Builder settings = StubSettings.builder().limit(s.limit()).window(s.window())
                .algorithm(Algorithm.SLIDING_LOG).maxItemsInPage(ValidationScenario.PAGE_SIZE)
                .key(WARM_UP_KEY).key(CALIBRATION_KEY).seed(seed)
                .faults(new FaultSettings(seed, new FaultRule(0, 0, 0, 0, 0, 0, 0, s.latency()), Map.of()));
        // the stub generates every table in a background thread: keep the ones the run does not read tiny, so
        // that generation does not compete with the measured sync for the CPU
        for (String other : StubSettings.DEFAULT_SIZES.keySet()) {
            settings.dataSize(other, 1);
        }
        for (Entity e : s.entities()) {
            settings.dataSize(ScenarioRunner.dataSet(e), Math.toIntExact(e.items()));
        }
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= s.keys(); i++) {
            keys.add("validation-key-" + i);
            settings.key("validation-key-" + i);
        }
        HttpClient http = JdkHttpTransport.defaultClient(Duration.ofSeconds(10));
        try (AteraStub stub = AteraStub.start(settings.build())) {
            URI base = URI.create(stub.baseUrl());
            // warm-up on its own key: a few pages of every entity (which makes the stub generate its table), at most
            // N - 10 pages in all so it never waits for a window
            long perEntity = Math.max(1, (s.limit() - 10) / s.entities().size()) * ValidationScenario.PAGE_SIZE;
            List<Entity> small = s.entities().stream()
                    .map(e -> new Entity(e.name(), Math.min(e.items(), perEntity))).toList();
            run(s, base, http, List.of(WARM_UP_KEY), small, seed + 1, AttemptListener.NONE);
            List<AttemptRecord> warmUp = Collections.synchronizedList(new ArrayList<>());
            run(s, base, http, List.of(CALIBRATION_KEY), small, seed + 2, warmUp::add);
            List<AttemptRecord> attempts = Collections.synchronizedList(new ArrayList<>());
            SyncOutcome outcome = run(s, base, http, keys, s.entities(), seed, attempts::add);
            synchronized (attempts) {
                synchronized (warmUp) {
                    return new Measurement(outcome, new ArrayList<>(attempts), new ArrayList<>(warmUp));
                }
            }
        }
    }

    private static SyncOutcome run(ValidationScenario s, URI base, HttpClient http, List<String> keys,
                                   List<Entity> entities, long seed, AttemptListener listener)
            throws InterruptedException {
        ClientSyncDriver.RetryCounter retries = new ClientSyncDriver.RetryCounter();
        ClientSyncDriver.ClientFactory factory = new ClientSyncDriver.ClientFactory(base,
                new JdkHttpTransport(http, SystemTime.INSTANCE), SystemTime.INSTANCE, SystemTime.INSTANCE,
                ValidationScenario.PAGE_SIZE, s.limit(), s.window().toNanos(), s.guard().toNanos(),
                ValidationScenario.REQUEST_TIMEOUT.toNanos(), seed, listener.andThen(retries));
        // sync's code path: each key's client fans pages out with W in flight, the entities one after another
        List<AteraClient> clients = factory.clients(keys, PageConcurrency.fixed(s.workers()));
        try {
            return new ClientSync(clients, entities, ValidationScenario.PAGE_SIZE, s.workers(), Distribution.CLIENT,
                    SystemTime.INSTANCE, retries::retries, Decoding.RECORDS).start().get(10, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the real sync failed: " + e, e);
        }
    }
}
