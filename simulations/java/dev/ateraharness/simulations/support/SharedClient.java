package dev.ateraharness.simulations.support;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoint;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.PageConcurrency;
import dev.ateraharness.client.ResilienceOptions;
import dev.ateraharness.client.SyncListener;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.client.retry.RetryBudgetRegistry;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.time.SystemTime;
import io.gatling.javaapi.core.Session;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * One shared {@link AteraClient} on one key, as a simulation's workers use it: the resilience layer is configured
 * explicitly to the run's N per W (its own limiter and retry-budget registries, so nothing else in the JVM shares
 * them), every attempt goes to the simulation's attempt log, and every finished sync's {@link SyncSummary} is kept
 * for the verdict's pagination check.
 *
 * <p>Guarantees: one limiter for the key however many virtual users call {@link #fullSync}; operations never block
 * (they return the client's futures). Does not: print or log the key.
 */
public final class SharedClient {

    /** Attempts per request: generous, so a 429 episode with several workers on the key does not exhaust it. */
    public static final int MAX_ATTEMPTS = 8;

    private final String label;
    private final AteraClient client;
    private final RateLimiter limiter;
    private final ConcurrentLinkedQueue<SyncSummary> summaries = new ConcurrentLinkedQueue<>();
    private final Function<String, OptionalInt> expected;

    private SharedClient(String label, AteraClient client, RateLimiter limiter, Function<String, OptionalInt> expected) {
        this.label = label;
        this.client = client;
        this.limiter = limiter;
        this.expected = expected;
    }

    /**
     * A client for {@code label}'s key on {@code target}, limited to {@code limit} per {@code window} (the client's default guard),
     * its attempts sent to {@code attempts}; {@code extra} layers go inside the
     * resilience layer (next to the wire), e.g. a {@link RequestBudget}.
     */
    public static SharedClient open(String label, URI baseUrl, String key, int limit, Duration window,
                                    AttemptListener attempts, Function<String, OptionalInt> expected,
                                    TransportLayer... extra) {
        return open(label, baseUrl, key, limit, window, RateLimiterConfig.DEFAULT_GUARD, attempts, expected, null, extra);
    }

    /** As above, on {@code http} (e.g. warmed up by {@link SimulationTarget#warmUp}); null for the client's own. */
    public static SharedClient open(String label, URI baseUrl, String key, int limit, Duration window,
                                    Duration guard, AttemptListener attempts, Function<String, OptionalInt> expected,
                                    HttpClient http, TransportLayer... extra) {
        return open(label, baseUrl, key, limit, window, guard, attempts, expected, http, new RateLimiterRegistry(),
                PageConcurrency.sequential(), extra);
    }

    /**
     * As above, with the key's limiter from {@code limiters} (a Redis registry shares it across injectors), each
     * sync fanning its pages out with {@code concurrency} (the main job's {@code auto}).
     */
    public static SharedClient open(String label, URI baseUrl, String key, int limit, Duration window,
                                    Duration guard, AttemptListener attempts, Function<String, OptionalInt> expected,
                                    HttpClient http, RateLimiterRegistry limiters, PageConcurrency concurrency,
                                    TransportLayer... extra) {
        // the stack is the client's own, outermost of all layers: every attempt passes the limiter first
        ResilienceOptions resilience = ResilienceOptions.defaults()
                .rateLimiter(new RateLimiterConfig(limit, window, guard))
                .retryPolicy(RetryPolicy.builder().maxAttempts(MAX_ATTEMPTS))
                .attemptListener(attempts)
                .registries(limiters, new RetryBudgetRegistry());
        AteraClientConfig.Builder config = AteraClientConfig.builder()
                .baseUrl(baseUrl)
                .credentials(Credentials.apiKey(key))
                .clientId(label)
                .requestTimeout(Duration.ofSeconds(30))
                .time(SystemTime.INSTANCE)
                .pageConcurrency(concurrency)
                .resilience(resilience);
        if (http != null) {
            config.httpClient(http);
        }
        for (TransportLayer layer : extra) {
            config.layer(layer);
        }
        AteraClient client = AteraClient.create(config.build());
        return new SharedClient(label, client, client.rateLimiter().orElseThrow(), expected);
    }

    public String label() {
        return label;
    }

    public AteraClient client() {
        return client;
    }

    /** The key's one limiter (the layer's). */
    public RateLimiter limiter() {
        return limiter;
    }

    /**
     * One full sync of {@code entity} as a bridge operation: OK with the last page's status when every item the
     * server claims was seen (and, on the embedded stub, exactly its data size), KO naming the loss otherwise or
     * the client's exception. Logged from its intended start.
     */
    public Function<Session, CompletableFuture<OperationOutcome>> fullSync(String entity) {
        Endpoint<?> endpoint = Endpoints.byName(entity)
                .orElseThrow(() -> new IllegalArgumentException("unknown entity " + entity));
        return session -> {
            long intended = System.currentTimeMillis();
            return sync(endpoint)
                    .thenApply(summary -> judge(summary).withIntendedStart(intended))
                    .exceptionally(error -> OperationOutcome.failure(error).withIntendedStart(intended));
        };
    }

    /** Several entities at once on this one client (the shared client's answer to the seed's Promise.all). */
    public Function<Session, CompletableFuture<OperationOutcome>> fullSyncs(List<String> entities) {
        List<Function<Session, CompletableFuture<OperationOutcome>>> ops = entities.stream().map(this::fullSync).toList();
        return session -> {
            long intended = System.currentTimeMillis();
            List<CompletableFuture<OperationOutcome>> all = ops.stream().map(op -> op.apply(session)).toList();
            return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(done -> {
                for (CompletableFuture<OperationOutcome> one : all) {
                    if (!one.join().ok()) {
                        return one.join().withIntendedStart(intended);
                    }
                }
                return OperationOutcome.ok(200).withIntendedStart(intended);
            });
        };
    }

    private <T> CompletableFuture<SyncSummary> sync(Endpoint<T> endpoint) {
        return client.syncAsync(endpoint, Query.none(), page -> { }, SyncListener.NONE)
                .thenApply(summary -> {
                    summaries.add(summary);
                    return summary;
                });
    }

    private OperationOutcome judge(SyncSummary s) {
        if (!s.consistent()) {
            return OperationOutcome.ko(200, "lost items: " + s.entity() + " saw " + s.itemsSeen() + " of totalItemCount "
                    + s.totalItemCount());
        }
        OptionalInt want = expected.apply(s.entity());
        if (want.isPresent() && s.itemsSeen() != want.getAsInt()) {
            return OperationOutcome.ko(200, "lost items: " + s.entity() + " saw " + s.itemsSeen() + " of " + want.getAsInt());
        }
        return OperationOutcome.ok(200);
    }

    /** Summaries of the syncs finished so far. */
    public List<SyncSummary> summaries() {
        return new ArrayList<>(summaries);
    }
}
