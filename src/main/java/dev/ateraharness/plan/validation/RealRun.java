package dev.ateraharness.plan.validation;

import dev.ateraharness.client.AteraClient;
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
import dev.ateraharness.plan.WorkPlan;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.SystemTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a {@link ValidationScenario} for real: the HTTP stub ({@link AteraStub}, sliding log of N per W, the
 * scenario's data sizes, the scenario's latency configured in the stub) on 127.0.0.1 and the real client over HTTP in real time ({@link SystemTime}), driven by
 * the same {@link ClientSync} the planner uses. A short warm-up sync on a separate key first (JIT, connections),
 * then the measured sync on fresh keys and fresh client limiters.
 *
 * <p>Guarantees: the measurement is the sync's own duration on the client's clock (first request to last page);
 * every attempt is recorded (its {@code received - sent} is the latency the planner resamples). Blocks the
 * calling thread for about the sync's duration (it is a measurement, not library code). The keys are synthetic.
 */
public final class RealRun {

    private static final String WARM_UP_KEY = "validation-warm-up";

    private RealRun() {
    }

    /**
     * One measured sync: its outcome, every attempt the clients made, and each page's client cycle (from the
     * worker asking for it to the decoded page reaching the worker, limiter wait included).
     */
    public record Measurement(SyncOutcome outcome, List<AttemptRecord> attempts, long[] pageCyclesNanos) {

        public Measurement {
            attempts = List.copyOf(attempts);
            pageCyclesNanos = pageCyclesNanos.clone();
        }

        /**
         * What the client spends per page outside the round trip (building the request, thread hand-offs,
         * decoding): median page cycle minus median round trip, at least 0. Medians, because the few pages that
         * waited for the limiter at a window boundary have very long cycles.
         */
        public long clientOverheadNanos() {
            return Math.max(0, median(pageCyclesNanos) - median(latenciesNanos()));
        }

        private static long median(long[] values) {
            if (values.length == 0) {
                return 0;
            }
            long[] v = values.clone();
            java.util.Arrays.sort(v);
            return v[v.length / 2];
        }

        public long syncNanos() {
            return outcome.durationNanos();
        }

        /** {@code received - sent} of every attempt that got a response, in nanoseconds. */
        public long[] latenciesNanos() {
            return attempts.stream().filter(a -> a.sent() != null && a.received() != null)
                    .mapToLong(a -> Duration.between(a.sent(), a.received()).toNanos()).toArray();
        }

        /** Attempts answered 429. */
        public long rejected() {
            return attempts.stream().filter(a -> a.status() == 429).count();
        }
    }

    /** Starts a stub for {@code s}, warms up, measures one sync, stops the stub. */
    public static Measurement measure(ValidationScenario s, long seed) throws InterruptedException {
        StubSettings.Builder settings = StubSettings.builder().limit(s.limit()).window(s.window())
                .algorithm(Algorithm.SLIDING_LOG).maxItemsInPage(ValidationScenario.PAGE_SIZE)
                .key(WARM_UP_KEY).seed(seed)
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
            run(s, base, http, List.of(WARM_UP_KEY), WorkPlan.split(small, 1, s.workers(),
                    ValidationScenario.PAGE_SIZE, Distribution.PAGES), seed + 1, AttemptListener.NONE,
                    ClientSync.PageObserver.NONE);
            List<AttemptRecord> attempts = Collections.synchronizedList(new ArrayList<>());
            List<Long> cycles = Collections.synchronizedList(new ArrayList<>());
            WorkPlan plan = WorkPlan.split(s.entities(), s.keys(), s.workers(), ValidationScenario.PAGE_SIZE,
                    Distribution.PAGES);
            SyncOutcome outcome = run(s, base, http, keys, plan, seed, attempts::add,
                    (asked, done) -> cycles.add(done - asked));
            synchronized (attempts) {
                synchronized (cycles) {
                    return new Measurement(outcome, new ArrayList<>(attempts),
                            cycles.stream().mapToLong(Long::longValue).toArray());
                }
            }
        }
    }

    private static SyncOutcome run(ValidationScenario s, URI base, HttpClient http, List<String> keys, WorkPlan plan,
                                   long seed, AttemptListener listener, ClientSync.PageObserver observer)
            throws InterruptedException {
        ClientSyncDriver.RetryCounter retries = new ClientSyncDriver.RetryCounter();
        ClientSyncDriver.ClientFactory factory = new ClientSyncDriver.ClientFactory(base,
                new JdkHttpTransport(http, SystemTime.INSTANCE), SystemTime.INSTANCE, SystemTime.INSTANCE,
                ValidationScenario.PAGE_SIZE, s.limit(), s.window().toNanos(), s.guard().toNanos(),
                ValidationScenario.REQUEST_TIMEOUT.toNanos(), seed, listener.andThen(retries));
        List<AteraClient> clients = factory.clients(keys);
        try {
            return new ClientSync(clients, plan, s.workers(), Distribution.PAGES, SystemTime.INSTANCE,
                    retries::retries, observer, Decoding.RECORDS).start().get(10, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the real sync failed: " + e, e);
        }
    }
}
