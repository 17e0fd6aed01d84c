package dev.ateraharness.cli;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.Endpoint;
import dev.ateraharness.client.KeyShards;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.SyncListener;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.limit.RateLimiterConfig;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The clients one {@code sync} runs on, one per key: an entity is read through the one client, or with several keys
 * its pages are sharded over them ({@link KeyShards}).
 */
final class SyncClients {

    private final List<AteraClient> clients;

    SyncClients(List<AteraClient> clients) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("no client");
        }
        this.clients = List.copyOf(clients);
    }

    /** The first key's client: it runs the workers and its clock and limiter drive the progress bar. */
    AteraClient first() {
        return clients.get(0);
    }

    /** How many keys (each with its own limit). */
    int keys() {
        return clients.size();
    }

    /** One key's limiter settings (every key has the same), or null without a client-side limiter. */
    RateLimiterConfig limiter() {
        return first().rateLimiter().map(r -> r.config()).orElse(null);
    }

    /** Reads every page of {@code e}, telling {@code listener}; never blocks. */
    CompletableFuture<SyncSummary> sync(Endpoint<?> e, SyncListener listener) {
        return clients.size() == 1 ? first().syncAsync(e, Query.none(), p -> { }, listener)
                : KeyShards.over(clients).syncAsync(e, Query.none(), p -> { }, listener);
    }
}
