package dev.ateraharness.simulations;

import dev.ateraharness.simulations.support.PhaseOneOperations;
import io.gatling.javaapi.core.ScenarioBuilder;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The seed document's patterns, ported faithfully (see {@code simulations.seed}), run side by side with the
 * shared client so the report compares them: the fixed 100 ms loop (under-uses the limit), three such loops in
 * {@code Promise.all} on one key (breaks it). A baseline: it is expected to fail the compliance verdict, so its
 * Gatling gate only checks that every operation completed.
 */
public class SeedPatternsSimulation extends AteraSimulation {

    static final String SEED_LOOP = "seed: fetchAllItems tickets";
    static final String SEED_PARALLEL = "seed: Promise.all x3";

    ScenarioBuilder seedLoop = scenario("seed loop").exec(
            operation(SEED_LOOP, phaseOne().seedFetchAll("tickets")).timeout(settings.timeout()));

    ScenarioBuilder seedParallel = scenario("seed parallel").exec(
            operation(SEED_PARALLEL, phaseOne().seedParallel(PhaseOneOperations.SEED_ENTITIES
                    .toArray(String[]::new))).timeout(settings.timeout()));

    // TODO(phase 2): a third scenario "shared client: 3 entities" (same entities, same key, through AteraClient),
    //  started with the seed ones so the report shows them side by side; the seed's RateLimiter + makeRequest as a
    //  fourth; each on its own key fingerprint so the verdict can judge them apart.

    {
        // one after another, so they do not compete for the two cores; the verdict is reported, not gated:
        // the seed patterns are expected to fail it
        setUp(withVerdict(seedLoop.injectOpen(atOnceUsers(1)), seedParallel.injectOpen(atOnceUsers(1))))
                .maxDuration(maxDuration())
                .assertions(completed(SEED_LOOP, 1), completed(SEED_PARALLEL, 1));
    }
}
