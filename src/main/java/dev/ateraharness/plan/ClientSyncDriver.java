package dev.ateraharness.plan;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.PageConcurrency;
import dev.ateraharness.client.ResilienceOptions;
import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.event.AttemptOutcome;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.plan.internal.AcquireRoundTrip;
import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The planner's client side: the real {@link AteraClient}, one per key, each with the standard resilience layer
 * ({@link ResilienceOptions}: the key's sliding-log limiter of N per W + guard, the default {@link RetryPolicy} and retry
 * budget), all on the run's {@link dev.ateraharness.time.VirtualTime} and the simulated server as transport; the
 * key's workers share its client ({@link ClientSync}). With several processes ({@link SyncContext#processEntities()}),
 * each process has its own clients and entities, and the clients of a key in every process share its limiter, as the
 * Redis registry shares one log per key ({@link Processes}).
 *
 * <p>Guarantees: deterministic for a given context: limiters and retry budgets live in registries private to the
 * run (never the JVM-wide ones), and the retry jitter draws from a generator seeded from the context's seed, one
 * stream per key. Never blocks. A request timeout of 0 in the context means none (the client gets one day).
 */
public final class ClientSyncDriver implements SyncDriver {

    /** What the planner uses for "no timeout": far beyond any simulated sync's requests. */
    static final Duration NO_TIMEOUT = Duration.ofDays(1);

    private final Decoding decoding;

    /** Items decoded as {@link Decoding#TREES} (the planner's default). */
    public ClientSyncDriver() {
        this(Decoding.TREES);
    }

    public ClientSyncDriver(Decoding decoding) {
        this.decoding = decoding;
    }

    @Override
    public CompletableFuture<SyncOutcome> sync(SyncContext ctx) {
        if (ctx.sharedLimit()) {
            return processes(ctx);
        }
        RetryCounter counter = new RetryCounter();
        ClientFactory factory = new ClientFactory(ctx.baseUri(), ctx.transport(), ctx.time(), ctx.time(),
                ctx.itemsInPage(), ctx.limit(), ctx.windowNanos(), ctx.guardNanos(), ctx.requestTimeoutNanos(),
                ctx.seed(), counter);
        List<AteraClient> clients = ctx.split() == Distribution.CLIENT
                ? factory.clients(ctx.apiKeys(), PageConcurrency.fixed(ctx.workersPerKey()))
                : factory.clients(ctx.apiKeys());
        return new ClientSync(clients, ctx.entities(), ctx.itemsInPage(), ctx.workersPerKey(), ctx.split(), ctx.time(),
                counter::retries, decoding).start();
    }

    /**
     * Several processes on the same keys ({@link Processes}): process p syncs its own entities with its own clients (one
     * per key: own workers, page concurrency, retry budget, jitter stream, acquire round trip), and every client
     * of a key takes that key's limiter from one registry shared by the processes, as every process using one
     * Redis takes the key's one log. The sync ends when the last process ends.
     */
    private CompletableFuture<SyncOutcome> processes(SyncContext ctx) {
        RetryCounter counter = new RetryCounter();
        RateLimiterRegistry shared = new RateLimiterRegistry();
        SplittableRandom roundTripSeeds = new SplittableRandom(ctx.seed() ^ 0x5DEECE66DL);
        List<CompletableFuture<SyncOutcome>> runs = new ArrayList<>();
        for (int p = 0; p < ctx.processEntities().size(); p++) {
            Transport transport = ctx.acquireRoundTrip().kind() == dev.ateraharness.stub.Latency.Kind.NONE
                    ? ctx.transport()
                    : new AcquireRoundTrip(ctx.transport(), ctx.time(), ctx.acquireRoundTrip(), roundTripSeeds.nextLong());
            // process 1 draws the jitter of a single-process run; the others their own streams
            long seed = p == 0 ? ctx.seed() : ctx.seed() + 0x9E3779B97F4A7C15L * p;
            ClientFactory factory = new ClientFactory(ctx.baseUri(), transport, ctx.time(), ctx.time(),
                    ctx.itemsInPage(), ctx.limit(), ctx.windowNanos(), ctx.guardNanos(), ctx.requestTimeoutNanos(),
                    seed, counter);
            PageConcurrency concurrency = ctx.split() == Distribution.CLIENT
                    ? PageConcurrency.fixed(ctx.workersPerKey()) : PageConcurrency.sequential();
            List<AteraClient> clients = factory.clients(ctx.apiKeys(), concurrency, shared, p + 1);
            runs.add(new ClientSync(clients, ctx.processEntities().get(p), ctx.itemsInPage(), ctx.workersPerKey(),
                    ctx.split(), ctx.time(), counter::retries, decoding).start());
        }
        return CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).thenApply(v -> {
            List<SyncOutcome> outcomes = runs.stream().map(CompletableFuture::join).toList();
            List<SyncOutcome.EntitySummary> entities = new ArrayList<>();
            outcomes.forEach(o -> entities.addAll(o.entities()));
            return new SyncOutcome(outcomes.stream().mapToLong(SyncOutcome::startNanos).min().orElseThrow(),
                    outcomes.stream().mapToLong(SyncOutcome::endNanos).max().orElseThrow(), entities,
                    counter.retries(), outcomes.stream().mapToLong(SyncOutcome::failedPages).sum(),
                    // the first failure over the processes: the earliest seen
                    outcomes.stream().map(SyncOutcome::firstFailure).filter(java.util.Objects::nonNull)
                            .min(java.util.Comparator.comparingLong(SyncStop::atNanos)).orElse(null));
        });
    }

    /** Counts attempts that were followed by a retry. Thread-safe. */
    public static final class RetryCounter implements AttemptListener {
        private final AtomicLong retries = new AtomicLong();

        @Override
        public void onAttempt(dev.ateraharness.client.event.AttemptRecord r) {
            if (r.outcome() == AttemptOutcome.RETRY) {
                retries.incrementAndGet();
            }
        }

        public long retries() {
            return retries.get();
        }
    }

    /**
     * Builds the planner's clients (also used, on real time and HTTP, by the validation against the stub).
     *
     * @param transport the transport, or null for the client's own JDK HTTP transport
     * @param listener  hears every attempt (retry counting, attempt logs)
     */
    public record ClientFactory(URI baseUri, Transport transport, Clock clock, Scheduler scheduler, int itemsInPage,
                                int limit, long windowNanos, long guardNanos, long requestTimeoutNanos, long seed,
                                AttemptListener listener) {

        /** Private to one run: the JVM-wide registries would share limiters between runs and tests. */
        private static final class Registries {
            final RateLimiterRegistry limiters;
            final RetryBudgetRegistry budgets = new RetryBudgetRegistry();

            Registries() {
                this(new RateLimiterRegistry());
            }

            Registries(RateLimiterRegistry limiters) {
                this.limiters = limiters;
            }
        }

        /**
         * The clients of one run, in key order: each key's limiter and budget in registries private to this call,
         * its jitter from {@code seed} split per key.
         */
        public List<AteraClient> clients(List<String> apiKeys) {
            return clients(apiKeys, PageConcurrency.sequential());
        }

        /** As {@link #clients(List)}, each client fanning pages out with {@code concurrency} ({@code sync}'s path). */
        public List<AteraClient> clients(List<String> apiKeys, PageConcurrency concurrency) {
            Registries registries = new Registries();
            SplittableRandom seeds = new SplittableRandom(seed);
            List<AteraClient> out = new ArrayList<>();
            for (int i = 0; i < apiKeys.size(); i++) {
                out.add(client(apiKeys.get(i), "plan-" + (i + 1), registries, seeds.split(), concurrency));
            }
            return out;
        }

        /**
         * The clients of simulated process {@code process} (from 1): each key's limiter from {@code limiters}, shared
         * with the other processes' clients of that key (as the Redis registry shares one log per key); a retry
         * budget of its own per key, as each process has.
         */
        public List<AteraClient> clients(List<String> apiKeys, PageConcurrency concurrency,
                                         RateLimiterRegistry limiters, int process) {
            Registries registries = new Registries(limiters);
            SplittableRandom seeds = new SplittableRandom(seed);
            List<AteraClient> out = new ArrayList<>();
            for (int i = 0; i < apiKeys.size(); i++) {
                out.add(client(apiKeys.get(i), "plan-p" + process + "-" + (i + 1), registries, seeds.split(),
                        concurrency));
            }
            return out;
        }

        private AteraClient client(String apiKey, String clientId, Registries registries, SplittableRandom random,
                                   PageConcurrency concurrency) {
            ResilienceOptions resilience = ResilienceOptions.defaults()
                    .rateLimiter(new RateLimiterConfig(limit, Duration.ofNanos(windowNanos),
                            Duration.ofNanos(guardNanos)))
                    .retryPolicy(RetryPolicy.builder().random(random::nextDouble))
                    .attemptListener(listener)
                    // registries private to the run: one limiter per key, never shared with other runs or tests
                    .registries(registries.limiters, registries.budgets);
            AteraClientConfig.Builder b = AteraClientConfig.builder().baseUrl(baseUri)
                    .credentials(Credentials.apiKey(apiKey)).clock(clock).scheduler(scheduler)
                    .resilience(resilience).itemsInPage(itemsInPage).maxItemsInPage(itemsInPage)
                    .requestTimeout(requestTimeoutNanos > 0 ? Duration.ofNanos(requestTimeoutNanos) : NO_TIMEOUT)
                    .clientId(clientId).pageConcurrency(concurrency);
            if (transport != null) {
                b.transport(transport);
            }
            return AteraClient.create(b.build());
        }
    }
}
