package dev.ateraharness.plan.validation;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.plan.Distribution;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.Scenario;
import dev.ateraharness.stub.Latency;
import java.time.Duration;
import java.util.List;

/**
 * One scenario run both for real (the HTTP stub, in real time, at a compressed window) and in the planner: the
 * entities and sizes, keys, workers per key, the stub's sliding-log limit and the client limiter's guard.
 * Pages are read as {@code sync} reads them ({@link Distribution#CLIENT}: the client's page fan-out over the keys,
 * {@code workers} requests in flight per key); the stub's page-size clamp is 50.
 *
 * @param name     a label for reports
 * @param entities the stub's data sizes for these entities (names the stub knows: tickets, agents, customers, ...)
 * @param keys     keys used in parallel
 * @param workers  requests in flight per key ({@code sync --concurrency})
 * @param limit    N per window per key (stub and client)
 * @param window   W (stub and client)
 * @param guard    the client limiter's guard
 * @param latency  the latency configured in the stub (its faults' global rule) and given to the planner
 */
public record ValidationScenario(String name, List<Entity> entities, int keys, int workers, int limit,
                                 Duration window, Duration guard, Latency latency) {

    /** A scenario with no latency configured in the stub. */
    public ValidationScenario(String name, List<Entity> entities, int keys, int workers, int limit, Duration window,
                              Duration guard) {
        this(name, entities, keys, workers, limit, window, guard, Latency.NONE);
    }

    /** The page size requested and served. */
    public static final int PAGE_SIZE = 50;
    /** The client's request timeout in both runs. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    public ValidationScenario {
        entities = List.copyOf(entities);
        latency = latency == null ? Latency.NONE : latency;
    }

    /** The planner's scenario with the latency configured in the stub: the same settings as the real run. */
    public Scenario toScenario() {
        return toScenario(latency);
    }

    /** The planner's scenario for this validation with the given latency model (no faults). */
    public Scenario toScenario(Latency latency) {
        return new Scenario(entities, keys, workers, PAGE_SIZE, PAGE_SIZE, latency, 0, limit, window.toNanos(),
                Algorithm.SLIDING_LOG, false, guard.toNanos(), REQUEST_TIMEOUT.toNanos(), Distribution.CLIENT);
    }

    @Override
    public String toString() {
        return name + " (" + keys + " key(s) x " + workers + " worker(s), " + entities + ", " + limit + " per "
                + window.toMillis() + " ms, guard " + guard.toMillis() + " ms, stub latency " + latency.describe() + ")";
    }
}
