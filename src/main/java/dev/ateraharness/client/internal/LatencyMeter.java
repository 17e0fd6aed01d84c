package dev.ateraharness.client.internal;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportLayer;
import dev.ateraharness.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * The client's measured service time: from the moment a request reaches the transport (after the limiter and
 * any retry delay) to its response or failure, as an exponentially weighted mean. The pipeline puts it
 * innermost, so waiting in the limiter never counts as latency (else a saturated limiter would read as slow
 * service and ask for ever more requests in flight). Thread-safe.
 */
public final class LatencyMeter implements TransportLayer {

    /** Weight of a new sample: about the last 20 requests dominate. */
    static final double ALPHA = 0.1;

    private final Clock clock;
    private double meanNanos = Double.NaN;
    private long samples;

    public LatencyMeter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Transport wrap(Transport next) {
        return request -> {
            long sent = clock.nanos();
            CompletableFuture<dev.ateraharness.client.http.TransportResponse> f;
            try {
                f = next.send(request);
            } catch (RuntimeException e) {
                record(clock.nanos() - sent);
                throw e;
            }
            return f.whenComplete((r, e) -> record(clock.nanos() - sent));
        };
    }

    /** Adds one sample (nanoseconds). */
    public synchronized void record(long nanos) {
        double x = Math.max(0, nanos);
        meanNanos = samples == 0 ? x : meanNanos + ALPHA * (x - meanNanos);
        samples++;
    }

    /** The weighted mean latency in nanoseconds; 0 before the first response. */
    public synchronized long meanNanos() {
        return samples == 0 ? 0 : Math.round(meanNanos);
    }

    public synchronized long samples() {
        return samples;
    }
}
