package dev.ateraharness.cli;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraException;
import dev.ateraharness.client.AteraTransportException;
import dev.ateraharness.client.Endpoint;
import dev.ateraharness.client.ForbiddenException;
import dev.ateraharness.client.SyncListener;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.UnauthorizedException;
import dev.ateraharness.client.limit.RateLimiterConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@code sync}'s entities on its clients and prints one line per finished entity on {@code out} (for
 * scripts); errors go to {@code err}. Every finished entity is also handed to the {@link SyncShutdown}, so a signal
 * still writes it to the summary. The first API error decides the exit code ({@link #exitCode}).
 *
 * @param progressBars a progress bar on {@code err} while one entity at a time is read
 */
record SyncRun(SyncClients clients, SyncShutdown shutdown, boolean progressBars, PrintWriter out, PrintWriter err) {

    /** The entities that finished, in the order given, and the exit code. */
    record Result(List<SyncSummary> done, int code) {
    }

    /** One entity at a time with a progress bar, or up to {@code workers} at once. */
    Result run(List<Endpoint<?>> targets, int workers) {
        return workers == 1 ? sequential(targets) : parallel(targets, workers);
    }

    private Result sequential(List<Endpoint<?>> targets) {
        AteraClient client = clients.first();
        List<SyncSummary> done = new ArrayList<>();
        for (Endpoint<?> e : targets) {
            RateLimiterConfig lc = clients.limiter();
            try (SyncProgress progress = lc == null ? new SyncProgress(err, progressBars)
                    : new SyncProgress(err, progressBars, client.config().clock(), (long) lc.limit() * clients.keys(),
                    lc.window().toNanos())) {
                SyncSummary s = join(clients.sync(e, progress), e);
                done.add(s);
                shutdown.finished(s);
                out.println(SyncOutput.line(s));
                out.flush();
            } catch (AteraException ex) {
                err.println("error: " + e.name() + ": " + ex.getMessage());
                return new Result(done, exitCode(ex));
            }
        }
        return new Result(done, ExitCodes.OK);
    }

    /**
     * Up to {@code workers} entities at once; lines print as entities finish (no progress bars: they would
     * interleave). After the first failure no new entity starts; those in flight are waited for and reported.
     */
    private Result parallel(List<Endpoint<?>> targets, int workers) {
        Map<String, SyncSummary> byName = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> started = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<AteraException> first = new AtomicReference<>();
        CompletableFuture<?> all = clients.first().forEachAsync(targets, workers, e -> {
            CompletableFuture<SyncSummary> f = clients.sync(e, SyncListener.NONE)
                    .whenComplete((s, ex) -> {
                        synchronized (out) {
                            if (ex == null) {
                                byName.put(e.name(), s);
                                shutdown.finished(s);
                                out.println(SyncOutput.line(s));
                                out.flush();
                            } else {
                                AteraException ae = AteraException.from(ex, "GET", e.pathTemplate());
                                first.compareAndSet(null, ae);
                                err.println("error: " + e.name() + ": " + ae.getMessage());
                            }
                        }
                    });
            started.add(f);
            return f;
        });
        all.handle((v, ex) -> null).join();
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).handle((v, ex) -> null).join();
        List<SyncSummary> done = new ArrayList<>();
        for (Endpoint<?> e : targets) {
            SyncSummary s = byName.get(e.name());
            if (s != null) {
                done.add(s);
            }
        }
        return new Result(done, first.get() == null ? ExitCodes.OK : exitCode(first.get()));
    }

    /** Waits for a sync; its failure rethrown as the client's exception. */
    private static SyncSummary join(CompletableFuture<SyncSummary> f, Endpoint<?> e) {
        try {
            return f.join();
        } catch (CompletionException | CancellationException ex) {
            throw AteraException.from(ex, "GET", e.pathTemplate());
        }
    }

    /** 3 for 401/403, 5 for transport failures, 4 for any other API error. */
    static int exitCode(AteraException e) {
        if (e instanceof UnauthorizedException || e instanceof ForbiddenException) {
            return ExitCodes.AUTH;
        }
        if (e instanceof AteraTransportException) {
            return ExitCodes.TRANSPORT;
        }
        return ExitCodes.API;
    }
}
