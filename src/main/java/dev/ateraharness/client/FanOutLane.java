package dev.ateraharness.client;

import dev.ateraharness.client.internal.AutoConcurrency;
import dev.ateraharness.client.internal.Pipeline;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One key's client in a {@link PageFanOut}: its in-flight control (how many pages it may have requested and not
 * yet answered, fixed or {@link AutoConcurrency auto} from its limiter and measured latency), its page requests and
 * its share of the summary. Not thread-safe: guarded by the fan-out that owns it.
 */
final class FanOutLane {

    final Pipeline pipeline;
    final PageConcurrency concurrency;
    int inFlight;
    int maxInFlight;
    int lastTarget;
    long requests;
    long pages;
    long items;

    FanOutLane(Pipeline pipeline, PageConcurrency concurrency) {
        this.pipeline = pipeline;
        this.concurrency = concurrency;
    }

    /** How many pages this lane may have in flight now (also kept as {@link #lastTarget} for the summary). */
    int target() {
        if (!concurrency.adaptive()) {
            lastTarget = concurrency.max();
            return lastTarget;
        }
        RateLimiter limiter = pipeline.rateLimiter().orElse(null);
        if (limiter == null) {
            lastTarget = concurrency.max();
            return lastTarget;
        }
        RateLimiterConfig c = limiter.config();
        lastTarget = AutoConcurrency.target(c.limit(), c.window().plus(c.guard()).toNanos(),
                pipeline.latencyMeter().meanNanos(), concurrency.max(), limiter.waiting());
        return lastTarget;
    }

    /** Counts one more request sent on this lane. */
    void sent() {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        requests++;
    }

    /**
     * Asks this lane's key for a planned page by number. A URI that cannot be built throws here, before anything is
     * sent; a failure to send fails the future.
     */
    <T> CompletableFuture<Page<T>> get(Endpoint<T> endpoint, Query query, PageRangePlan.Planned planned) {
        URI uri = pipeline.uri(endpoint.pathTemplate(), query.pathParams(),
                Pipeline.pagedQuery(query.filters(), Math.toIntExact(planned.page()), planned.size()));
        try {
            return PageCursor.exchange(pipeline, endpoint, uri);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** This lane's line of the summary (the key redacted). */
    SyncSummary.KeyShare share() {
        return new SyncSummary.KeyShare(pipeline.config().credentials().redacted(), requests, pages, items,
                maxInFlight, lastTarget);
    }

    /** The lane with the most room (lowest in-flight share of its target), or null when every lane is full. */
    static FanOutLane withMostRoom(List<FanOutLane> lanes) {
        FanOutLane best = null;
        double bestLoad = 1;
        for (FanOutLane l : lanes) {
            double load = (double) l.inFlight / l.target();
            if (load < bestLoad) {
                best = l;
                bestLoad = load;
            }
        }
        return best;
    }
}
