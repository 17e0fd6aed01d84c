package dev.ateraharness.plan;

import dev.ateraharness.stub.Latency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How many processes (pods, {@code sync} commands) run the sync on the same keys, sharing each key's limit the way
 * the Redis limiter ({@code RateLimiterRegistry.redis}, {@code sync --redis}) shares it: one exact log per key
 * with completion accounting and one Retry-After hold, each process with its own client, workers, page
 * concurrency and retry budget.
 *
 * <p>The work split is the one K copies of {@code sync} can run: {@code sync} has no shard option, so K pods on
 * one key each get their own {@code --entity} list. {@link #split} gives each entity, largest first (in pages), to
 * the process with the fewest pages so far (LPT; stable, so the plan is deterministic). A process that gets no
 * entity has nothing to do. One entity is never split over processes.
 *
 * <p>Guarantees: {@link #ONE} (one process, no round trip) is the planner's plan without this option, number for
 * number. The acquire round trip is drawn per request and added between the limiter's grant and the send: safe
 * for the limit (a request arrives no earlier than its grant), so it can only slow a plan.
 *
 * @param count            K processes, 1 to {@link #MAX}
 * @param acquireRoundTrip the Redis acquire round trip per request, {@link Latency#NONE} for none (ignored for
 *                         K = 1, which plans an in-process limiter)
 */
public record Processes(int count, Latency acquireRoundTrip) {

    /** The most processes the planner models: as many as {@code sync --key-file} takes keys. */
    public static final int MAX = 64;

    /** One process with its in-process limiter: the plan without {@code --processes}. */
    public static final Processes ONE = new Processes(1, Latency.NONE);

    /**
     * The loopback acquire round trip measured in figures.md ("Redis", at load ~4): p50 115 µs, p99 1.0 ms.
     */
    public static final Latency MEASURED_LOOPBACK = Latency.lognormalP99(0.115, 1.0);

    public Processes {
        Objects.requireNonNull(acquireRoundTrip);
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("processes must be 1.." + MAX + ", not " + count);
        }
    }

    /** Whether this is more than one process, so the limit is shared through Redis. */
    public boolean shared() {
        return count > 1;
    }

    /**
     * The entities of each process, in process order; processes that get none are left out (so the list has
     * min(K, entities) elements). Each process keeps the entities' original order.
     */
    public List<List<Entity>> split(List<Entity> entities, int pageSize) {
        if (count == 1) {
            return List.of(List.copyOf(entities));
        }
        // the same largest-first hand-out as the entities split over keys: one algorithm
        List<List<Entity>> chosen = KeyAssignment.entitiesPerKey(entities, count, pageSize);
        List<List<Entity>> out = new ArrayList<>();
        for (List<Entity> c : chosen) {
            if (!c.isEmpty()) {
                out.add(entities.stream().filter(c::contains).toList());
            }
        }
        return out;
    }
}
