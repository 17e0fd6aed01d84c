package dev.ateraharness.client.http;

import java.util.concurrent.CompletableFuture;

/**
 * One HTTP exchange, asynchronously. The seam of the client's pipeline: the JDK transport sits at the bottom,
 * {@link TransportLayer}s (limiter, retry, attempt log) wrap it, and tests or the capacity planner substitute a
 * simulated server that runs in virtual time.
 *
 * <p>Contract: every call returns a future that completes, with the response for any HTTP status (errors
 * included), or exceptionally with an {@link java.io.IOException} (connection failure, reset, timeout as
 * {@link java.net.http.HttpTimeoutException}) or a {@link TransportException} subtype raised by a layer or by the
 * transport itself ({@link ResponseTooLargeException}). An
 * implementation never throws from {@code send} itself and never completes a future twice.
 */
@FunctionalInterface
public interface Transport {

    CompletableFuture<TransportResponse> send(TransportRequest request);
}
