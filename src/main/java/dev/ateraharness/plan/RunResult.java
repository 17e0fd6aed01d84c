package dev.ateraharness.plan;

/**
 * One simulated sync.
 *
 * @param seed         the run's seed
 * @param syncNanos    time to full sync (start to last page received); for an incomplete run, time until it stopped
 * @param floorNanos   the scenario's floor: for the requests of the full sync, also when the run stopped early
 * @param complete     every item seen and no page given up
 * @param requests     attempts sent
 * @param rejected     429s
 * @param faults       injected 5xx
 * @param timeouts     transport timeouts
 * @param retries      retries the client made
 * @param utilisation  arrivals / (K * N * (floor(T / W) + 1)) over the sync time T:
 *                     {@link dev.ateraharness.stats.Figures#utilisation(long, int, long, int, long)}
 * @param meanInFlight time-weighted mean requests in flight (Little's L)
 * @param throughputPerSecond completed requests per second (lambda)
 * @param meanLatencyNanos mean time in flight (Little's W)
 * @param events       virtual-time events processed (a cost measure)
 * @param stop         why the run is incomplete ({@link SyncOutcome#stop()}); null when it is complete
 */
public record RunResult(long seed, long syncNanos, long floorNanos, boolean complete, long requests, long rejected,
                        long faults, long timeouts, long retries, double utilisation, double meanInFlight,
                        double throughputPerSecond, double meanLatencyNanos, long events, SyncStop stop) {

    public RunResult {
        if (complete != (stop == null)) {
            throw new IllegalArgumentException("an incomplete run says why, a complete one has no stop");
        }
    }

    /** Sync time minus floor. */
    public long gapNanos() {
        return syncNanos - floorNanos;
    }
}
