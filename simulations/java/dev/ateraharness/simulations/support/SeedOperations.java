package dev.ateraharness.simulations.support;

import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.simulations.seed.SeedFailure;
import dev.ateraharness.simulations.seed.SeedHttp;
import dev.ateraharness.simulations.seed.SeedPatterns;
import dev.ateraharness.simulations.seed.SeedRateLimiter;
import dev.ateraharness.time.SystemTime;
import io.gatling.javaapi.core.Session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The seed document's patterns ({@link SeedPatterns}) as bridge operations on one key: the baseline that
 * {@code SeedPatternsSimulation} runs beside the shared client. No limiter of ours, no retry.
 */
public final class SeedOperations {

    /** The seed's three entities for its {@code Promise.all}. */
    public static final List<String> SEED_ENTITIES = List.of("tickets", "agents", "alerts");

    private final SeedPatterns seed;
    private final Function<String, OptionalInt> expected;

    /** The seed's {@code RateLimiter} is built with the run's N and W (the seed hard-codes 700 per 60 000 ms). */
    public SeedOperations(URI baseUrl, String apiKey, int limit, Duration window,
                          Function<String, OptionalInt> expected) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.expected = expected;
        this.seed = new SeedPatterns(new SeedHttp(http, baseUrl.toString(), apiKey, Duration.ofSeconds(30)),
                SystemTime.INSTANCE, new SeedRateLimiter(limit, window.toMillis(), SystemTime.INSTANCE));
    }

    /** The seed's fetchAllItems(entity); KO when it fails or returns fewer items than the stub holds. */
    public Function<Session, CompletableFuture<OperationOutcome>> fetchAll(String entity) {
        return session -> {
            long intended = System.currentTimeMillis();
            return seed.fetchAllItems(entity)
                    .thenApply(items -> complete(entity, items.size()).withIntendedStart(intended))
                    .exceptionally(SeedOperations::failure);
        };
    }

    /** The seed's Promise.all of three fetchAllItems loops on one key. */
    public Function<Session, CompletableFuture<OperationOutcome>> parallel(List<String> entities) {
        return session -> {
            long intended = System.currentTimeMillis();
            return seed.fetchAllInParallel(entities.toArray(String[]::new)).thenApply(lists -> {
                for (int i = 0; i < entities.size(); i++) {
                    OperationOutcome one = complete(entities.get(i), lists.get(i).size());
                    if (!one.ok()) {
                        return one.withIntendedStart(intended);
                    }
                }
                return OperationOutcome.ok(200).withIntendedStart(intended);
            }).exceptionally(SeedOperations::failure);
        };
    }

    /**
     * {@code calls} concurrent {@code makeRequest(path)} through the seed's {@code RateLimiter}: the pages of
     * {@code entity} one per call, cycling. OK only when every response was a 2xx (the seed never looks).
     */
    public Function<Session, CompletableFuture<OperationOutcome>> rateLimited(String entity, int calls, int pages) {
        return session -> {
            long intended = System.currentTimeMillis();
            List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                all.add(seed.makeRequest(entity + "?page=" + (1 + i % pages) + "&itemsInPage="
                        + SeedPatterns.ITEMS_IN_PAGE));
            }
            return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(done -> {
                long rejected = all.stream().filter(f -> f.join().statusCode() / 100 != 2).count();
                return (rejected == 0 ? OperationOutcome.ok(200)
                        : OperationOutcome.ko(429, rejected + " of " + calls + " requests were not 2xx"))
                        .withIntendedStart(intended);
            }).exceptionally(SeedOperations::failure);
        };
    }

    private OperationOutcome complete(String entity, int seen) {
        OptionalInt want = expected.apply(entity);
        if (want.isPresent() && seen != want.getAsInt()) {
            return OperationOutcome.ko(200, "lost items: " + entity + " " + seen + " of " + want.getAsInt());
        }
        return OperationOutcome.ok(200);
    }

    private static OperationOutcome failure(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        OperationOutcome outcome = OperationOutcome.failure(cause);
        return cause instanceof SeedFailure seedFailure && seedFailure.status() > 0
                ? OperationOutcome.ko(seedFailure.status(), outcome.message()) : outcome;
    }
}
