package dev.ateraharness.simulations.bridge;

import io.gatling.javaapi.core.Session;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A client operation a virtual user runs: given the user's session, start the work and return a future of its
 * {@link OperationOutcome}. The function must not block (it runs on the user's event loop); it may throw or return a
 * failed future, which the bridge records as KO.
 */
@FunctionalInterface
public interface Operation extends Function<Session, CompletableFuture<OperationOutcome>> {

    /** Adapts any function of the agreed shape. */
    static Operation of(Function<Session, CompletableFuture<OperationOutcome>> fn) {
        return fn instanceof Operation op ? op : fn::apply;
    }
}
