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
 * @param plan         what each key fetches
 * @param itemsInPage  the page size to request
 * @param limit        N of the client's limiter
 * @param windowNanos  W of the client's limiter
 * @param guardNanos   the client's guard: it treats W as W + guard
 * @param requestTimeoutNanos the client's per-request timeout (0 for none)
 * @param seed         seed for the client's own randomness (jitter)
 * @param split        how the plan was split (pages are fetched by number; whole entities by following links)
 * @param processPlans what each process fetches over all the keys, one plan per process that has work; one
 *                     process ({@code List.of(plan)}) keeps each key's limiter in process, several share it the
 *                     way the Redis limiter does ({@link Processes})
 * @param acquireRoundTrip with several processes, the Redis acquire round trip added between grant and send
 */
public record SyncContext(Transport transport, VirtualTime time, URI baseUri, List<String> apiKeys, int workersPerKey,
                          WorkPlan plan, int itemsInPage, int limit, long windowNanos, long guardNanos,
                          long requestTimeoutNanos, long seed, Distribution split, List<WorkPlan> processPlans,
                          Latency acquireRoundTrip) {

    /** One process: its limiters in process. */
    public SyncContext(Transport transport, VirtualTime time, URI baseUri, List<String> apiKeys, int workersPerKey,
                       WorkPlan plan, int itemsInPage, int limit, long windowNanos, long guardNanos,
                       long requestTimeoutNanos, long seed, Distribution split) {
        this(transport, time, baseUri, apiKeys, workersPerKey, plan, itemsInPage, limit, windowNanos, guardNanos,
                requestTimeoutNanos, seed, split, List.of(plan), Latency.NONE);
    }

    public SyncContext {
        apiKeys = List.copyOf(apiKeys);
        processPlans = List.copyOf(processPlans);
        int keys = apiKeys.size();
        if (keys != plan.perKey().size() || processPlans.stream().anyMatch(p -> p.perKey().size() != keys)) {
            throw new IllegalArgumentException("one key per plan entry expected");
        }
        if (processPlans.isEmpty()) {
            throw new IllegalArgumentException("at least one process expected");
        }
    }

    /** Whether several processes share each key's limit. */
    public boolean sharedLimit() {
        return processPlans.size() > 1 || acquireRoundTrip.kind() != Latency.Kind.NONE;
    }
}
