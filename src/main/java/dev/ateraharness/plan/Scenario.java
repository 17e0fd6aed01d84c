package dev.ateraharness.plan;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One point of the planning grid: what is synced, with how many keys and workers, against which server: the
 * stub's model ({@link dev.ateraharness.stub.AteraServerModel}) built from {@code server} with this scenario's
 * limit, window, algorithm, page clamp, latency and fault rate laid over it (see {@link ScenarioRunner}).
 *
 * @param entities       the lists and their sizes
 * @param keys           API keys used in parallel
 * @param workers        workers per key (they share the key's limiter)
 * @param itemsInPage    requested page size
 * @param maxItemsInPage the server's clamp
 * @param latency        the server's added latency (replaces the latency of every fault rule of {@code server})
 * @param faultRate      probability of an injected 500 per admitted request, on top of {@code server}'s faults
 * @param limit          N per key
 * @param windowNanos    W
 * @param algorithm      the server's limiter algorithm
 * @param rejectedCount  whether the server counts rejected arrivals
 * @param guardNanos     the client's limiter guard (treats W as W + guard)
 * @param requestTimeoutNanos the client's request timeout, 0 for none
 * @param distribution   how requests are spread over keys and workers
 * @param server         the rest of the server's settings (profile, bodies, headers, fault rules): what
 *                       {@code plan --settings/--faults} read, as {@code stub --settings/--faults} do
 * @param processes      processes sharing each key's limit through Redis ({@link Processes#ONE}: one process, its
 *                       limiter in process)
 */
public record Scenario(List<Entity> entities, int keys, int workers, int itemsInPage, int maxItemsInPage,
                       Latency latency, double faultRate, int limit, long windowNanos, Algorithm algorithm,
                       boolean rejectedCount, long guardNanos, long requestTimeoutNanos, Distribution distribution,
                       StubSettings server, Processes processes) {

    /** A scenario of one process. */
    public Scenario(List<Entity> entities, int keys, int workers, int itemsInPage, int maxItemsInPage,
                    Latency latency, double faultRate, int limit, long windowNanos, Algorithm algorithm,
                    boolean rejectedCount, long guardNanos, long requestTimeoutNanos, Distribution distribution,
                    StubSettings server) {
        this(entities, keys, workers, itemsInPage, maxItemsInPage, latency, faultRate, limit, windowNanos, algorithm,
                rejectedCount, guardNanos, requestTimeoutNanos, distribution, server, Processes.ONE);
    }

    /** A scenario against the stub's default ({@code spec}) settings. */
    public Scenario(List<Entity> entities, int keys, int workers, int itemsInPage, int maxItemsInPage,
                    Latency latency, double faultRate, int limit, long windowNanos, Algorithm algorithm,
                    boolean rejectedCount, long guardNanos, long requestTimeoutNanos, Distribution distribution) {
        this(entities, keys, workers, itemsInPage, maxItemsInPage, latency, faultRate, limit, windowNanos, algorithm,
                rejectedCount, guardNanos, requestTimeoutNanos, distribution, StubSettings.builder().build());
    }

    public Scenario {
        Objects.requireNonNull(server);
        Objects.requireNonNull(processes);
        entities = List.copyOf(entities);
        Objects.requireNonNull(latency);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(distribution);
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("no entities to sync");
        }
        if (keys < 1 || workers < 1 || itemsInPage < 1 || maxItemsInPage < 1 || limit < 1 || windowNanos < 1) {
            throw new IllegalArgumentException("keys, workers, page sizes, limit and window must be positive");
        }
        if (guardNanos < 0 || requestTimeoutNanos < 0) {
            throw new IllegalArgumentException("guard and timeout must be >= 0");
        }
    }

    /** The page size the server will actually use. */
    public int effectivePageSize() {
        return Math.min(itemsInPage, maxItemsInPage);
    }

    /** Total items over all entities. */
    public long totalItems() {
        return entities.stream().mapToLong(Entity::items).sum();
    }

    /**
     * Requests (without retries) each key sends under this scenario's split, in key order, over all processes
     * (they share each key's limit). With {@link Distribution#CLIENT} every process's fan-out sends each page to
     * the key whose shared limiter has the most room, so the keys share all the processes' requests evenly: the
     * whole entity list's split. With {@link Distribution#ENTITIES} each process assigns its own entities to the
     * keys ({@link KeyAssignment}), so a key carries the sum of what each process gives it, which can be more than
     * the whole list's assignment would give it. For one process both are the whole list's split.
     */
    public List<Long> requestsPerKey() {
        if (!processes.shared() || distribution == Distribution.CLIENT) {
            return KeyAssignment.requestsPerKey(entities, keys, effectivePageSize(), distribution);
        }
        long[] sum = new long[keys];
        for (List<Entity> share : processEntities()) {
            List<Long> perKey = KeyAssignment.requestsPerKey(share, keys, effectivePageSize(), distribution);
            for (int k = 0; k < keys; k++) {
                sum[k] += perKey.get(k);
            }
        }
        return Arrays.stream(sum).boxed().toList();
    }

    /** The theoretical floor of this scenario (see {@link Floor}): its busiest key's. */
    public long floorNanos() {
        return Floor.totalNanos(requestsPerKey(), limit, windowNanos);
    }

    /**
     * The floor of a client whose limiter enforces W + guard: {@code floor((R-1)/N) * (W + guard)} for the busiest
     * key. With zero latency and no faults the real client syncs in exactly this.
     */
    public long clientFloorNanos() {
        return Floor.totalNanos(requestsPerKey(), limit, windowNanos + guardNanos);
    }

    /** The same scenario with another number of keys and workers. */
    public Scenario with(int newKeys, int newWorkers) {
        return new Scenario(entities, newKeys, newWorkers, itemsInPage, maxItemsInPage, latency, faultRate, limit,
                windowNanos, algorithm, rejectedCount, guardNanos, requestTimeoutNanos, distribution, server, processes);
    }

    /** The same scenario run by other processes on its keys. */
    public Scenario withProcesses(Processes newProcesses) {
        return new Scenario(entities, keys, workers, itemsInPage, maxItemsInPage, latency, faultRate, limit,
                windowNanos, algorithm, rejectedCount, guardNanos, requestTimeoutNanos, distribution, server,
                newProcesses);
    }

    /**
     * The entities each process syncs over all the keys, in process order (see {@link Processes#split}); one
     * element, all of {@link #entities()}, for one process.
     */
    public List<List<Entity>> processEntities() {
        return processes.split(entities, effectivePageSize());
    }

    /** The same scenario with other entities. */
    public Scenario withEntities(List<Entity> newEntities) {
        return new Scenario(newEntities, keys, workers, itemsInPage, maxItemsInPage, latency, faultRate, limit,
                windowNanos, algorithm, rejectedCount, guardNanos, requestTimeoutNanos, distribution, server,
                processes);
    }
}
