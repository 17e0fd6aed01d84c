package dev.ateraharness.simulations.bridge;

import io.gatling.javaapi.core.Session;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The bridge's DSL entry point: {@code exec(AteraGatling.operation("tickets sync", session -> client...))}.
 * Operations are not HTTP requests in Gatling's sense; each one is whatever the shared client does for a call
 * (paging, limiter waits, retries) and appears as one line in Gatling's report.
 */
public final class AteraGatling {

    private AteraGatling() {
    }

    /** A step that runs {@code fn} with the {@linkplain OperationActionBuilder#DEFAULT_TIMEOUT default timeout}. */
    public static OperationActionBuilder operation(String name, Function<Session, CompletableFuture<OperationOutcome>> fn) {
        return new OperationActionBuilder(name, Operation.of(fn), OperationActionBuilder.DEFAULT_TIMEOUT);
    }
}
