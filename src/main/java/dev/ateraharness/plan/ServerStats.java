package dev.ateraharness.plan;

import java.util.Map;

/**
 * What the simulated server saw, from the first request sent to the last response received.
 *
 * @param requests          requests sent to the server (every attempt)
 * @param arrivals          requests that reached the server (a request that timed out on the way never arrives)
 * @param admitted          arrivals the limiter admitted
 * @param rejected          arrivals answered 429
 * @param faults            admitted arrivals answered with an injected 5xx
 * @param timeouts          requests the transport failed with a timeout (the client's requestTimeout)
 * @param admittedPerKey    admitted arrivals per key, keyed by {@code ApiKeys.fingerprint}
 * @param firstSendNanos    when the first request was sent (virtual epoch nanos; 0 if none)
 * @param lastDoneNanos     when the last request completed
 * @param completed         requests completed (response or timeout)
 * @param latencySumNanos   sum over completed requests of (completed - sent)
 * @param inFlightAreaNanos time integral of the number of requests in flight (request-nanoseconds)
 * @param maxInFlight       the most requests ever in flight at once
 */
public record ServerStats(long requests, long arrivals, long admitted, long rejected, long faults, long timeouts,
                          Map<String, Long> admittedPerKey, long firstSendNanos, long lastDoneNanos, long completed,
                          double latencySumNanos, double inFlightAreaNanos, int maxInFlight) {

    public ServerStats {
        admittedPerKey = Map.copyOf(admittedPerKey);
    }

    /** The observed span, first send to last completion. */
    public long spanNanos() {
        return Math.max(0, lastDoneNanos - firstSendNanos);
    }

    /** L: time-weighted mean number of requests in flight over the span. */
    public double meanInFlight() {
        long span = spanNanos();
        return span == 0 ? 0 : inFlightAreaNanos / span;
    }

    /** lambda: completed requests per second over the span. */
    public double throughputPerSecond() {
        long span = spanNanos();
        return span == 0 ? 0 : completed * 1e9 / span;
    }

    /** W: mean time in flight, in nanoseconds. */
    public double meanLatencyNanos() {
        return completed == 0 ? 0 : latencySumNanos / completed;
    }

    /** lambda * W, which Little's law says equals {@link #meanInFlight()}. */
    public double littlesLawInFlight() {
        return throughputPerSecond() * meanLatencyNanos() / 1e9;
    }
}
