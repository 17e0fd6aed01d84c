package dev.ateraharness.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Reads one entity's pages over several keys: one {@link AteraClient} per key, each with its own limiter (and its
 * own {@link AteraClientConfig#pageConcurrency()}); page 1 goes through the first, then every next page goes to
 * the key with the most room, so each key's limiter paces its own share. Items are delivered in page order, as
 * {@link AteraClient#syncAsync} does, and the summary has one {@link SyncSummary.KeyShare} per key.
 *
 * <p>Guarantees: every request of key i passes key i's limiter, so no key exceeds its own limit. Does not
 * guarantee anything about a limit the keys share: if Atera's limit belongs to the account rather than the key
 * (it is not documented), sharding over keys of one account sends up to k times the account's limit and draws
 * 429s; use it only for keys whose limits are known to be separate. The clients must read the same base URL
 * with the same page size.
 */
public final class KeyShards {

    private final List<AteraClient> clients;

    private KeyShards(List<AteraClient> clients) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("at least one client");
        }
        AteraClientConfig first = clients.get(0).config();
        for (AteraClient c : clients) {
            if (!c.config().baseUrl().equals(first.baseUrl()) || c.config().itemsInPage() != first.itemsInPage()) {
                throw new IllegalArgumentException("every key's client must read the same base URL and page size");
            }
        }
        this.clients = List.copyOf(clients);
    }

    /** Shards over these clients, one per key, in key order. */
    public static KeyShards over(List<AteraClient> clients) {
        return new KeyShards(clients);
    }

    /** The clients, in key order. */
    public List<AteraClient> clients() {
        return clients;
    }

    /** Every page of {@code endpoint} over the keys, in page order to {@code onPage}; never blocks. */
    public <T> CompletableFuture<SyncSummary> syncAsync(Endpoint<T> endpoint, Query query,
                                                        Consumer<? super Page<T>> onPage, SyncListener listener) {
        List<FanOutLane> lanes = new ArrayList<>();
        for (AteraClient c : clients) {
            lanes.add(c.lane());
        }
        try {
            return new PageFanOut<>(lanes, endpoint, query, listener, onPage, false).start();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Blocking {@link #syncAsync} without a page consumer. */
    public <T> SyncSummary sync(Endpoint<T> endpoint, Query query, SyncListener listener) {
        return clients.get(0).await(syncAsync(endpoint, query, p -> { }, listener), "sync " + endpoint.name());
    }
}
