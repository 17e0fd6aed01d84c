package dev.ateraharness.simulations.support;

import dev.ateraharness.simulations.bridge.Outcome;
import dev.ateraharness.simulations.seed.SeedFailure;
import dev.ateraharness.simulations.seed.SeedHttp;
import dev.ateraharness.simulations.seed.SeedPatterns;
import dev.ateraharness.time.SystemTime;
import io.gatling.javaapi.core.Session;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Operations built from the seed ports, in the bridge's shape. In phase 1 they also stand in for the shared
 * client's sync so every simulation runs end to end.
 *
 * <p>TODO(phase 2): the client-backed operations (full sync per entity through AteraClient) live next to these,
 * and the simulations switch to them; the seed ones stay for SeedPatternsSimulation.
 */
public final class PhaseOneOperations {

    private final SeedPatterns seed;
    private final SimulationTarget target;

    public PhaseOneOperations(SimulationTarget target, String apiKey, Duration requestTimeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.target = target;
        this.seed = new SeedPatterns(new SeedHttp(http, target.baseUrl().toString(), apiKey, requestTimeout),
                SystemTime.INSTANCE);
    }

    /** The seed's fetchAllItems(entity); KO when it fails or returns fewer items than the stub holds. */
    public Function<Session, CompletableFuture<Outcome>> seedFetchAll(String entity) {
        return session -> {
            long intended = System.currentTimeMillis();
            return seed.fetchAllItems(entity)
                    .thenApply(items -> complete(entity, items.size()).withIntendedStart(intended))
                    .exceptionally(PhaseOneOperations::failure);
        };
    }

    /** The seed's Promise.all of three fetchAllItems loops on one key. */
    public Function<Session, CompletableFuture<Outcome>> seedParallel(String... entities) {
        return session -> {
            long intended = System.currentTimeMillis();
            return seed.fetchAllInParallel(entities).thenApply(lists -> {
                for (int i = 0; i < entities.length; i++) {
                    Outcome one = complete(entities[i], lists.get(i).size());
                    if (!one.ok()) {
                        return one.withIntendedStart(intended);
                    }
                }
                return Outcome.ok(200).withIntendedStart(intended);
            }).exceptionally(PhaseOneOperations::failure);
        };
    }

    private Outcome complete(String entity, int seen) {
        OptionalInt expected = target.expectedItems(entity);
        if (expected.isPresent() && seen != expected.getAsInt()) {
            return Outcome.ko(200, "lost items: " + entity + " " + seen + " of " + expected.getAsInt());
        }
        return Outcome.ok(200);
    }

    private static Outcome failure(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        Outcome outcome = Outcome.failure(cause);
        return cause instanceof SeedFailure seedFailure && seedFailure.status() > 0
                ? Outcome.ko(seedFailure.status(), outcome.message()) : outcome;
    }

    /** Convenience for thin simulations: list of the seed's three entities. */
    public static final List<String> SEED_ENTITIES = List.of("tickets", "agents", "alerts");
}
