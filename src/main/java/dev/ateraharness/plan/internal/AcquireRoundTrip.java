package dev.ateraharness.plan.internal;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.time.Scheduler;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * One simulated process's Redis acquire round trip: every request the process's client hands down (so after its
 * limiter granted it) waits one draw of the round trip on the scheduler before it goes to the door. In the real
 * Redis limiter the grant is decided inside Redis and the answer travels back before the send; here the shared
 * log decides at the start of the round trip, and the send waits for the rest. A delay between grant and send is
 * safe for the limit (the request arrives no earlier than its grant), so this can only slow a plan.
 *
 * <p>Deterministic for a seed; not thread-safe (one run on the thread that advances its virtual time).
 */
public final class AcquireRoundTrip implements Transport {

    private final Transport door;
    private final Scheduler scheduler;
    private final Latency roundTrip;
    private final SplittableRandom random;

    public AcquireRoundTrip(Transport door, Scheduler scheduler, Latency roundTrip, long seed) {
        this.door = door;
        this.scheduler = scheduler;
        this.roundTrip = roundTrip;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        long delay = roundTrip.sampleNanos(random);
        if (delay == 0) {
            return door.send(request);
        }
        CompletableFuture<TransportResponse> out = new CompletableFuture<>();
        scheduler.schedule(delay, () -> door.send(request).whenComplete((r, e) -> {
            if (e != null) {
                out.completeExceptionally(e);
            } else {
                out.complete(r);
            }
        }));
        return out;
    }
}
