package dev.ateraharness.simulations.bridge;

import com.typesafe.scalalogging.Logger;
import com.typesafe.scalalogging.Logger$;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.commons.util.Clock;
import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import io.gatling.core.stats.StatsEngine;
import io.netty.channel.EventLoop;
import scala.Option;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Gatling action that runs one {@link Operation} for a virtual user without blocking Gatling's threads.
 *
 * <p>Guarantees: for every execution exactly one response is logged to Gatling's statistics (OK or KO, with the
 * status code and message) and the virtual user continues exactly once, on its own event loop, whatever the
 * operation does: returns a future that succeeds, fails, completes with null, never completes (logged KO after
 * the timeout), or throws synchronously. {@code execute} never throws. The logged start is the outcome's intended
 * start when it carries one. A KO marks the session failed (as Gatling's HTTP actions do), so
 * {@code exitHereIfFailed} and {@code tryMax} work. Does not: cancel the operation's future on timeout (the
 * client owns its work; a late completion is ignored), or retry.
 */
public final class OperationAction implements Action {

    private static final Logger LOGGER = Logger$.MODULE$.apply(OperationAction.class);

    private final String name;
    private final Operation operation;
    private final long timeoutMillis;
    private final StatsEngine statsEngine;
    private final Clock clock;
    private final Action next;

    OperationAction(String name, Operation operation, Duration timeout, StatsEngine statsEngine, Clock clock,
                    Action next) {
        this.name = name;
        this.operation = operation;
        this.timeoutMillis = Math.max(1L, timeout.toMillis());
        this.statsEngine = statsEngine;
        this.clock = clock;
        this.next = next;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute(Session session) {
        long start = clock.nowMillis();
        Completion completion = new Completion(session, start);
        try {
            CompletableFuture<OperationOutcome> future = operation.apply(new io.gatling.javaapi.core.Session(session));
            if (future == null) {
                completion.complete(OperationOutcome.ko(OperationOutcome.NO_STATUS, "operation returned no future"));
                return;
            }
            EventLoop loop = session.eventLoop();
            completion.timer = loop.schedule(
                    () -> completion.complete(OperationOutcome.ko(OperationOutcome.NO_STATUS, "timeout after " + timeoutMillis + " ms")),
                    timeoutMillis, TimeUnit.MILLISECONDS);
            future.whenComplete((outcome, error) -> {
                OperationOutcome result = error != null ? OperationOutcome.failure(error)
                        : outcome != null ? outcome
                        : OperationOutcome.ko(OperationOutcome.NO_STATUS, "operation completed with null");
                onLoop(loop, () -> completion.complete(result));
            });
        } catch (Throwable thrown) {
            completion.complete(OperationOutcome.failure(thrown));
        }
    }

    private static void onLoop(EventLoop loop, Runnable task) {
        if (loop.inEventLoop()) {
            task.run();
            return;
        }
        try {
            loop.execute(task);
        } catch (RuntimeException rejected) {
            // the loop is shutting down: the run is over (e.g. maxDuration), nobody is left to continue
            LOGGER.underlying().debug("event loop rejected an operation completion", rejected);
        }
    }

    /** One execution's state. Only touched on the user's event loop, so no synchronisation is needed. */
    private final class Completion {
        private final Session session;
        private final long start;
        private boolean done;
        ScheduledFuture<?> timer;

        Completion(Session session, long start) {
            this.session = session;
            this.start = start;
        }

        void complete(OperationOutcome outcome) {
            if (done) {
                return;
            }
            done = true;
            if (timer != null) {
                timer.cancel(false);
            }
            Session continued = session;
            try {
                long end = clock.nowMillis();
                long loggedStart = outcome.hasIntendedStart() ? Math.min(outcome.intendedStartMillis(), end) : start;
                Status status = outcome.ok() ? OK$.MODULE$ : KO$.MODULE$;
                Option<String> code = outcome.statusCode() > 0
                        ? Option.apply(Integer.toString(outcome.statusCode())) : Option.empty();
                Option<String> message = outcome.ok() ? Option.empty() : Option.apply(outcome.message());
                statsEngine.logResponse(session.scenario(), session.groups(), name, loggedStart, end, status, code,
                        message);
                continued = session.logGroupRequestTimings(loggedStart, end);
                if (!outcome.ok()) {
                    continued = continued.markAsFailed();
                }
            } catch (Throwable logging) {
                LOGGER.underlying().error("could not log operation '{}'; the user continues", name, logging);
            }
            try {
                next.$bang(continued);
            } catch (Throwable thrown) {
                LOGGER.underlying().error("the action after '{}' threw; the user may be lost", name, thrown);
            }
        }
    }

    @Override
    public Logger logger() {
        return LOGGER;
    }

    @Override
    public void com$typesafe$scalalogging$StrictLogging$_setter_$logger_$eq(Logger logger) {
        // the logger is a constant; Scala's trait initialiser is never run for this Java class
    }
}
