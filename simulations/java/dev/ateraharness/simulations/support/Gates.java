package dev.ateraharness.simulations.support;

import io.gatling.javaapi.core.Assertion;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

/**
 * The Gatling assertions every simulation uses as its build gate. The completed-operation count is the one that
 * catches a lost virtual user (a user that never continues logs nothing, so no KO shows it).
 */
public final class Gates {

    /** The name of the last step of every simulation: the compliance verdict over both logs. */
    public static final String VERDICT = "compliance verdict";

    private Gates() {
    }

    /** The compliance verdict ran once and passed. */
    public static Assertion verdictPassed() {
        return details(VERDICT).successfulRequests().count().is(1L);
    }

    /** Exactly {@code expected} executions of {@code operation} were logged, OK or KO. */
    public static Assertion completed(String operation, long expected) {
        return details(operation).allRequests().count().is(expected);
    }

    /** At least {@code expected} executions of {@code operation} were logged (duration-based runs). */
    public static Assertion completedAtLeast(String operation, long expected) {
        return details(operation).allRequests().count().gte(expected);
    }

    /** No operation failed. */
    public static Assertion noFailures() {
        return global().failedRequests().count().is(0L);
    }

    /** The 95th percentile of {@code operation}'s time (from its intended start) is at most {@code max}. */
    public static Assertion p95(String operation, Duration max) {
        return details(operation).responseTime().percentile(95.0).lte((int) Math.min(Integer.MAX_VALUE,
                max.toMillis()));
    }
}
