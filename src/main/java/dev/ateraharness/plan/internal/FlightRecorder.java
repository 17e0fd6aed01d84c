package dev.ateraharness.plan.internal;

import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.plan.ServerStats;
import dev.ateraharness.stub.ArrivalRecorder;
import dev.ateraharness.time.Clock;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Wraps the in-memory door to measure what the client kept in flight (requests, completions, timeouts, the time
 * integral of in-flight requests for Little's law); what the server decided is read from its arrival log. Not
 * thread-safe: one run on the thread that advances its virtual time.
 */
public final class FlightRecorder implements Transport {

    private final Transport door;
    private final Clock clock;
    private long requests;
    private long timeouts;
    private long completed;
    private double latencySum;
    private double inFlightArea;
    private int inFlight;
    private int maxInFlight;
    private long lastChange;
    private long firstSend;
    private long lastDone;

    public FlightRecorder(Transport door, Clock clock) {
        this.door = door;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        long sent = clock.nanos();
        if (requests == 0) {
            firstSend = sent;
            lastChange = sent;
        }
        requests++;
        inFlightArea += (double) inFlight * (sent - lastChange);
        lastChange = sent;
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return door.send(request).whenComplete((r, e) -> {
            long now = clock.nanos();
            inFlightArea += (double) inFlight * (now - lastChange);
            lastChange = now;
            inFlight--;
            completed++;
            latencySum += now - sent;
            lastDone = Math.max(lastDone, now);
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof HttpTimeoutException) {
                timeouts++;
            }
        });
    }

    /** The counters of this run, with the server's decisions read from {@code arrivals}. */
    public ServerStats stats(ArrivalRecorder arrivals) {
        long[] counts = new long[3]; // admitted, rejected, faults
        Map<String, Long> perKey = new LinkedHashMap<>();
        arrivals.forEach(a -> {
            int st = a.status();
            if (st == 429) {
                counts[1]++;
            } else if (st != 401) {
                counts[0]++;
                perKey.merge(a.key(), 1L, Long::sum);
                if (st == 0 || st >= 500) {
                    counts[2]++;
                }
            }
        });
        return new ServerStats(requests, arrivals.size(), counts[0], counts[1], counts[2], timeouts, perKey, firstSend,
                lastDone, completed, latencySum, inFlightArea, maxInFlight);
    }
}
