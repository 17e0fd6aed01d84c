package dev.ateraharness.simulations;

import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.simulations.support.LiveGuard;
import dev.ateraharness.simulations.support.RequestBudget;
import dev.ateraharness.simulations.support.SharedClient;
import dev.ateraharness.simulations.support.SimulationTarget;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * A read-only smoke run against the live Atera API: refuses to start without {@code -Datera.live=true},
 * {@code ATERA_API_KEY} and an HTTPS base URL ({@link LiveGuard}); one shared client limited to
 * {@link LiveGuard.Permit#limit()} per {@code atera.window} (at most {@link LiveGuard#MAX_LIVE_LIMIT}, half the
 * documented limit) with a {@link RequestBudget} of {@code atera.budget} (100) innermost, so retries count and no
 * request beyond the budget is ever sent. GETs only: the first page of tickets, agents and customers. Never run in
 * CI. No compliance verdict (there is no arrival log of the live API); gates: every operation completed, none
 * failed.
 */
public class LiveSmokeSimulation extends AteraSimulation {

    static final List<String> ENTITIES = List.of("tickets", "agents", "customers");

    private LiveGuard.Permit permit;
    private RequestBudget budget;

    @Override
    protected SimulationTarget startTarget() {
        permit = LiveGuard.check(settings, System.getenv());
        budget = new RequestBudget(permit.budget());
        System.out.println("atera-harness live smoke: " + permit);
        return SimulationTarget.external(permit.baseUrl(), labels(), permit.apiKey());
    }

    ScenarioBuilder smoke = smoke();

    private ScenarioBuilder smoke() {
        SharedClient client = compliance.track(SharedClient.open(CLIENT, permit.baseUrl(), permit.apiKey(),
                permit.limit(), settings.window(), settings.guard(), compliance.attempts(), entity -> OptionalInt.empty(),
                null, budget));
        ScenarioBuilder s = scenario("live smoke");
        for (String entity : ENTITIES) {
            s = s.exec(operation("live first page " + entity, firstPage(client, entity)).timeout(settings.timeout()));
        }
        return s;
    }

    private static Function<Session, CompletableFuture<OperationOutcome>> firstPage(SharedClient client, String entity) {
        return session -> client.client().pageAsync(Endpoints.byName(entity).orElseThrow(), Query.none(), 1)
                .thenApply(page -> OperationOutcome.ok(200))
                .exceptionally(OperationOutcome::failure);
    }

    {
        setUp(smoke.injectOpen(atOnceUsers(1)))
                .maxDuration(maxDuration())
                .assertions(ENTITIES.stream().map(e -> completed("live first page " + e, 1)).toList())
                .assertions(noFailures());
    }

    @Override
    public void after() {
        System.out.println("atera-harness live smoke: " + budget.used() + " of " + budget.budget()
                + " budgeted requests sent");
        super.after();
    }
}
