package dev.ateraharness.simulations.bridge;

import io.gatling.core.CoreComponents;
import io.gatling.core.action.Action;
import io.gatling.core.structure.ScenarioContext;

import java.time.Duration;
import java.util.Objects;

/**
 * Gatling Java DSL step that runs an {@link Operation} through {@link OperationAction}. Immutable: every
 * {@code with...} method returns a new builder, so one builder can be reused across scenarios.
 *
 * <p>Guarantees: the built action logs the operation under {@link #name()} and enforces {@link #timeout()}
 * (default {@link #DEFAULT_TIMEOUT}). Does not: validate that names are unique across a simulation.
 */
public final class OperationActionBuilder implements io.gatling.javaapi.core.ActionBuilder {

    /** Long enough for a compressed full sync under the limiter; simulations set their own. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final String name;
    private final Operation operation;
    private final Duration timeout;

    OperationActionBuilder(String name, Operation operation, Duration timeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    /** The same operation with another per-operation timeout. */
    public OperationActionBuilder timeout(Duration newTimeout) {
        return new OperationActionBuilder(name, operation, newTimeout);
    }

    public String name() {
        return name;
    }

    public Duration timeout() {
        return timeout;
    }

    @Override
    public io.gatling.core.action.builder.ActionBuilder asScala() {
        return new io.gatling.core.action.builder.ActionBuilder() {
            @Override
            public Action build(ScenarioContext ctx, Action next) {
                CoreComponents core = ctx.coreComponents();
                return new OperationAction(name, operation, timeout, core.statsEngine(), core.clock(), next);
            }
        };
    }
}
