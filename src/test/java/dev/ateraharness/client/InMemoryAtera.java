package dev.ateraharness.client;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.stub.AteraServerModel;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.InMemoryAteraTransport;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.Scheduler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The stub's model of Atera behind its in-memory door, for client tests: not a fake, the same model the HTTP stub
 * serves (generated data, envelopes, limiter, faults), with a latency model, and a record of what the client sent,
 * when, and how many requests it had in flight at most.
 */
final class InMemoryAtera implements Transport {

    final List<TransportRequest> requests = Collections.synchronizedList(new ArrayList<>());
    final List<Long> sendTimes = Collections.synchronizedList(new ArrayList<>());
    final AteraServerModel model;
    private final Scheduler scheduler;
    private final Transport door;
    private int inFlight;
    private int maxInFlight;

    /**
     * @param latencyMs the model's fixed latency (0 for none)
     * @param settings  changes to the spec defaults (keys, data sizes, page clamp, limit)
     */
    InMemoryAtera(Scheduler scheduler, double latencyMs, UnaryOperator<StubSettings.Builder> settings) {
        this(scheduler, latencyMs, settings, AteraServerModel.Items.GENERATED);
    }

    InMemoryAtera(Scheduler scheduler, double latencyMs, UnaryOperator<StubSettings.Builder> settings,
                  AteraServerModel.Items items) {
        this(scheduler, latencyMs > 0 ? Latency.fixed(latencyMs) : Latency.NONE, 1, settings, items);
    }

    /**
     * @param latency the model's latency for every request
     * @param seed    the seed of the model's latency draws
     */
    InMemoryAtera(Scheduler scheduler, Latency latency, long seed, UnaryOperator<StubSettings.Builder> settings,
                  AteraServerModel.Items items) {
        this.scheduler = scheduler;
        StubSettings.Builder b = StubSettings.builder().clock(scheduler.clock());
        if (latency != Latency.NONE) {
            b.faults(new FaultSettings(seed, new FaultRule(0, 0, 0, 0, 0, 0, 0, latency), Map.of()));
        }
        this.model = AteraServerModel.create(settings.apply(b).build(), items);
        model.baseUrl("https://app.atera.com/api/v3");
        this.door = InMemoryAteraTransport.of(model, scheduler);
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        requests.add(request);
        sendTimes.add(scheduler.clock().nanos());
        synchronized (this) {
            maxInFlight = Math.max(maxInFlight, ++inFlight);
        }
        return door.send(request).whenComplete((r, e) -> {
            synchronized (this) {
                inFlight--;
            }
        });
    }

    /** The most requests the client had sent and not yet seen answered at once. */
    synchronized int maxInFlight() {
        return maxInFlight;
    }
}
