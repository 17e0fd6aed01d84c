package dev.ateraharness.simulations;

import dev.ateraharness.simulations.support.SeedOperations;
import dev.ateraharness.stub.StubSettings;
import io.gatling.javaapi.core.ScenarioBuilder;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.verdictPassed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The seed document's patterns, ported faithfully ({@code simulations.seed}), side by side with the shared client
 * on the same stub at the same time, each on its own key so the verdict judges them apart:
 * <ul>
 *   <li>{@value #LOOP}: {@code fetchAllItems} of the tickets, a fixed 100 ms pause between pages (under-uses
 *       the limit; breaks it only when N/W is above ~10 per second);</li>
 *   <li>{@value #PARALLEL}: three such loops in {@code Promise.all} on one key (tickets, agents, alerts, each
 *       {@code atera.items} here: 3 x 57 pages at up to 30 per second; breaks a compressed limit such as 70 per
 *       6 s, and 700 per 60 s once each loop runs for a minute, e.g. {@code -Datera.items=30000});</li>
 *   <li>{@value #LIMITER}: 2.25 N {@code makeRequest} calls at once through the seed's {@code RateLimiter}
 *       (N, W): the callers queued while it was full all wake together and are all let through;</li>
 *   <li>{@value #CLIENT}: the same three entities at once through the shared client.</li>
 * </ul>
 * A baseline: the seed keys are expected to fail their verdicts (reported in {@code compliance/<label>/}); only
 * the shared client's verdict and operations gate the run.
 */
public class SeedPatternsSimulation extends AteraSimulation {

    public static final String LOOP = "seed loop";
    public static final String PARALLEL = "seed Promise.all";
    public static final String LIMITER = "seed RateLimiter";

    static final String OP_LOOP = "seed: fetchAllItems tickets";
    static final String OP_PARALLEL = "seed: Promise.all x3";
    static final String OP_LIMITER = "seed: RateLimiter + makeRequest";
    static final String OP_CLIENT = "shared client: 3 entities";

    @Override
    protected List<String> labels() {
        return List.of(LOOP, PARALLEL, LIMITER, CLIENT);
    }

    /** N pass at once; the 1.25 N queued behind them all wake together about W later, and all go. */
    final int limiterCalls = settings.limit() * 9 / 4;

    /** Agents and alerts as many as the tickets, so the three loops overlap for the whole sync. */
    @Override
    protected StubSettings.Builder stub(StubSettings.Builder builder) {
        return builder.dataSize("agents", settings.items()).dataSize("alerts", settings.items());
    }

    /** One user per pattern, all four at once (a queue feeder hands each user its pattern). */
    ScenarioBuilder sideBySide = scenario("seed patterns beside the shared client")
            .feed(listFeeder(labels().stream().map(l -> Map.<String, Object>of("pattern", l)).toList()).queue())
            .exec(doSwitch("#{pattern}").on(
                    onCase(LOOP).then(exec(operation(OP_LOOP, seed(LOOP).fetchAll("tickets"))
                            .timeout(settings.timeout()))),
                    onCase(PARALLEL).then(exec(operation(OP_PARALLEL, seed(PARALLEL)
                            .parallel(SeedOperations.SEED_ENTITIES)).timeout(settings.timeout()))),
                    onCase(LIMITER).then(exec(operation(OP_LIMITER, seed(LIMITER)
                            .rateLimited("departments", limiterCalls, 1)).timeout(settings.timeout()))),
                    onCase(CLIENT).then(exec(operation(OP_CLIENT, sharedClient(CLIENT)
                            .fullSyncs(SeedOperations.SEED_ENTITIES)).timeout(settings.timeout())))));

    {
        compliance.gatedLabels(Set.of(CLIENT));
        // all four at once, side by side; the verdict after the last one finished
        setUp(withVerdict(sideBySide.injectOpen(atOnceUsers(labels().size()))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(OP_LOOP, 1), completed(OP_PARALLEL, 1),
                        completed(OP_LIMITER, 1), completed(OP_CLIENT, 1),
                        details(OP_CLIENT).failedRequests().count().is(0L));
    }
}
