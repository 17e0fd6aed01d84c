package dev.ateraharness.plan;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.time.VirtualTime;
import java.net.URI;
import java.util.List;

/**
 * Everything a {@link SyncDriver} gets for one run.
 *
 * @param transport    the simulated server (the bottom of the client's pipeline)
 * @param time         clock and scheduler of the run
 * @param baseUri      the API base URL, e.g. {@code https://atera.simulated/api/v3}
 * @param apiKeys      one synthetic key per planned key (not secrets; safe to log redacted)
 * @param workersPerKey workers sharing each key
 * @param entities     what is synced, in order
 * @param itemsInPage  the page size to request
 * @param limit        N of the client's limiter
 * @param windowNanos  W of the client's limiter
 * @param guardNanos   the client's guard: it treats W as W + guard
 * @param requestTimeoutNanos the client's per-request timeout (0 for none)
 * @param seed         seed for the client's own randomness (jitter)
 * @param split        how the entities are spread over keys and workers
 * @param processEntities what each process syncs over all the keys, one list per process that has work; one
 *                     process ({@code List.of(entities)}) keeps each key's limiter in process, several share it
 *                     the way the Redis limiter does ({@link Processes})
 * @param acquireRoundTrip with several processes, the Redis acquire round trip added between grant and send
 */
public record SyncContext(Transport transport, VirtualTime time, URI baseUri, List<String> apiKeys, int workersPerKey,
                          List<Entity> entities, int itemsInPage, int limit, long windowNanos, long guardNanos,
                          long requestTimeoutNanos, long seed, Distribution split, List<List<Entity>> processEntities,
                          Latency acquireRoundTrip) {

    /** One process: its limiters in process. */
    public SyncContext(Transport transport, VirtualTime time, URI baseUri, List<String> apiKeys, int workersPerKey,
                       List<Entity> entities, int itemsInPage, int limit, long windowNanos, long guardNanos,
                       long requestTimeoutNanos, long seed, Distribution split) {
        this(transport, time, baseUri, apiKeys, workersPerKey, entities, itemsInPage, limit, windowNanos, guardNanos,
                requestTimeoutNanos, seed, split, List.of(entities), Latency.NONE);
    }

    public SyncContext {
        apiKeys = List.copyOf(apiKeys);
        entities = List.copyOf(entities);
        processEntities = processEntities.stream().map(List::copyOf).toList();
        if (processEntities.isEmpty()) {
            throw new IllegalArgumentException("at least one process expected");
        }
        if (processEntities.stream().mapToLong(List::size).sum() != entities.size()) {
            throw new IllegalArgumentException("the processes' entities must be the entities, each in one process");
        }
    }

    /** Whether several processes share each key's limit. */
    public boolean sharedLimit() {
        return processEntities.size() > 1 || acquireRoundTrip.kind() != Latency.Kind.NONE;
    }
}
