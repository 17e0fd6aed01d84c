package dev.ateraharness.plan;

import dev.ateraharness.limit.Algorithm;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The settings of a {@link SimulatedAteraServer} (read-only); built with {@link SimulatedAteraServer#builder}.
 *
 * @param algorithm     the limiter each key gets
 * @param limit         N
 * @param windowNanos   W
 * @param rejectedCount whether rejected arrivals count against the window
 * @param latency       round-trip latency model
 * @param faultRate     probability that an admitted request fails with {@code faultStatus}
 * @param faultStatus   the injected 5xx status
 * @param maxItemsInPage the clamp on {@code itemsInPage}
 * @param entities      the list routes and their sizes
 * @param baseUri       the base URL ({@code nextLink}s are built on it)
 * @param seed          the random stream's seed
 */
public record ServerModel(Algorithm algorithm, int limit, long windowNanos, boolean rejectedCount, LatencyModel latency,
                     double faultRate, int faultStatus, int maxItemsInPage, List<Entity> entities, URI baseUri,
                     long seed) {
    public ServerModel {
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(latency);
        entities = List.copyOf(entities);
        if (limit < 1 || windowNanos < 1 || maxItemsInPage < 1) {
            throw new IllegalArgumentException("limit, window and maxItemsInPage must be positive");
        }
        if (!(faultRate >= 0 && faultRate < 1)) {
            throw new IllegalArgumentException("fault rate must be in [0, 1)");
        }
        if (faultStatus < 500 || faultStatus > 599) {
            throw new IllegalArgumentException("fault status must be a 5xx");
        }
    }
}
