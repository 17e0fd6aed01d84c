package dev.ateraharness.simulations.bridge;

import io.gatling.core.action.Action;
import io.gatling.core.structure.ScenarioContext;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why every simulation asserts the count of completed operations: an action that throws loses its virtual user
 * without a KO, and only the count shows it. The same step through the bridge keeps the user.
 */
class CompletedCountAssertionTest {

    static final int USERS = 3;

    /** A hand-written action that throws, as a careless bridge would. */
    static ActionBuilder throwingAction() {
        return () -> new io.gatling.core.action.builder.ActionBuilder() {
            @Override
            public Action build(ScenarioContext ctx, Action next) {
                return new ThrowingAction();
            }
        };
    }

    static final class ThrowingAction implements Action {
        @Override
        public String name() {
            return "throwing";
        }

        @Override
        public void execute(io.gatling.core.session.Session session) {
            throw new IllegalStateException("lost");
        }

        @Override
        public com.typesafe.scalalogging.Logger logger() {
            return com.typesafe.scalalogging.Logger$.MODULE$.apply(ThrowingAction.class);
        }

        @Override
        public void com$typesafe$scalalogging$StrictLogging$_setter_$logger_$eq(com.typesafe.scalalogging.Logger l) {
        }
    }

    public static class LosesUsers extends Simulation {
        ScenarioBuilder users = scenario("loses users").exec(
                operation("before", s -> CompletableFuture.completedFuture(OperationOutcome.ok(200))),
                throwingAction(),
                operation("after", s -> CompletableFuture.completedFuture(OperationOutcome.ok(200))));

        /*
         * Gatling's report refuses a run whose user records all carry one timestamp ("Run didn't last"): lost users
         * never write an end record, so three starts in one millisecond made this test depend on timing. A user
         * that pauses and ends normally always records a later timestamp.
         */
        ScenarioBuilder lasts = scenario("lasts").pause(Duration.ofMillis(50));

        {
            setUp(users.injectOpen(atOnceUsers(USERS)), lasts.injectOpen(atOnceUsers(1)))
                    .maxDuration(Duration.ofSeconds(3))
                    .assertions(details("after").allRequests().count().is((long) USERS));
        }
    }

    public static class KeepsUsers extends Simulation {
        ScenarioBuilder users = scenario("keeps users").exec(
                operation("before", s -> CompletableFuture.completedFuture(OperationOutcome.ok(200))),
                operation("throwing", s -> { throw new IllegalStateException("kept"); }),
                operation("after", s -> CompletableFuture.completedFuture(OperationOutcome.ok(200))));

        {
            setUp(users.injectOpen(atOnceUsers(USERS)))
                    .maxDuration(Duration.ofSeconds(30))
                    .assertions(details("after").allRequests().count().is((long) USERS),
                            details("throwing").failedRequests().count().is((long) USERS));
        }
    }

    @Test
    void a_throwing_action_loses_users_and_the_count_assertion_fails_the_run(@TempDir Path results)
            throws Exception {
        InProcessGatling.Run run = InProcessGatling.run(LosesUsers.class, results);
        assertThat(run.exitCode()).isEqualTo(InProcessGatling.ASSERTIONS_FAILED);
    }

    @Test
    void the_same_throw_inside_a_bridge_operation_is_one_KO_and_the_user_continues(@TempDir Path results)
            throws Exception {
        InProcessGatling.Run run = InProcessGatling.run(KeepsUsers.class, results);
        assertThat(run.exitCode()).isEqualTo(InProcessGatling.SUCCESS);
    }
}
