package dev.ateraharness.client.internal;

import dev.ateraharness.client.AteraException;
import dev.ateraharness.client.AteraTransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The blocking convenience methods' one wait: a bounded {@code get} that rethrows the client's exception. */
public final class Blocking {

    private Blocking() {
    }

    public static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            throw new AteraTransportException("-", what, "interrupted while waiting", false, e);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw new AteraTransportException("-", what, "no result within " + timeout, true, e);
        } catch (ExecutionException e) {
            Throwable t = Pipeline.unwrap(e);
            if (t instanceof AteraException ae) {
                throw ae;
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            throw new AteraTransportException("-", what, String.valueOf(t), false, t);
        }
    }
}
