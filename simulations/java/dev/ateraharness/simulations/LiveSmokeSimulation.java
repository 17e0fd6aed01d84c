package dev.ateraharness.simulations;

import dev.ateraharness.simulations.support.LiveGuard;
import dev.ateraharness.simulations.support.SimulationTarget;

/**
 * A read-only smoke run against the live Atera API: refuses to start without {@code -Datera.live=true},
 * {@code ATERA_API_KEY} and an HTTPS base URL; at most {@code atera.budget} requests (default 100), enforced by a
 * {@link dev.ateraharness.simulations.support.RequestBudget} layer innermost in the client; at most
 * {@link LiveGuard#MAX_LIVE_LIMIT} per window.
 */
public class LiveSmokeSimulation extends AteraSimulation {

    private LiveGuard.Permit permit;

    @Override
    protected SimulationTarget startTarget() {
        permit = LiveGuard.check(settings, System.getenv());
        System.out.println("atera-harness live smoke: " + permit);
        // TODO(phase 2): AteraClient on permit.baseUrl() with Credentials.apiKey(permit.apiKey()), limit
        //  permit.limit() per settings.window(), layer(new RequestBudget(permit.budget())), GET only
        //  (first page of tickets, agents, customers; one ticket by id), then setUp(...) with
        //  completed(...) and noFailures() gates. Until then this simulation refuses to run at all.
        throw new IllegalStateException("LiveSmokeSimulation is not wired to the shared client yet (phase 2)");
    }
}
