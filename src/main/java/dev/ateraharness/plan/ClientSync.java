package dev.ateraharness.plan;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.Endpoint;
import dev.ateraharness.client.KeyShards;
import dev.ateraharness.client.Page;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.SyncListener;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * One sync of a list of entities through real {@link AteraClient}s, client i serving key i, as {@code sync} runs
 * it. With {@link Distribution#CLIENT} entity after entity is read by the client's own page fan-out over the keys
 * ({@link KeyShards}; each client's {@code PageConcurrency} bounds its requests in flight): exactly the code of
 * {@code sync --key-file KEYS --concurrency W}. With {@link Distribution#ENTITIES} whole entities go to keys
 * ({@link KeyAssignment}) and each key's {@code workersPerKey} workers take them from the key's queue, each read
 * with {@link AteraClient#syncAsync} (the client's pager; sequential when the client's concurrency is 1).
 *
 * <p>Used by the planner in virtual time ({@link ClientSyncDriver}) and by the validation against the real stub
 * in real time, so both run the same client code. Never blocks; thread-safe (in real time, pages complete on
 * the HTTP client's threads). An entity whose sync fails for good counts its failing page in
 * {@link SyncOutcome#failedPages()}; the rest of it is never requested, and the sync moves on. The first such failure
 * is kept ({@link SyncOutcome#firstFailure()}) so a report can say why the sync is incomplete.
 */
public final class ClientSync {

    private final List<AteraClient> clients;
    private final List<Entity> entities;
    private final int itemsInPage;
    private final int workersPerKey;
    private final Distribution split;
    private final Clock clock;
    private final LongSupplier retries;
    private final Decoding decoding;
    private final CompletableFuture<SyncOutcome> done = new CompletableFuture<>();
    private final Map<String, long[]> perEntity = new LinkedHashMap<>(); // itemsSeen, total, pages, requests
    private long start;
    private int workersLeft;
    private long failedPages;
    private SyncStop firstFailure;

    /**
     * @param clients       one client per key, in key order
     * @param entities      what is synced, in order
     * @param itemsInPage   the page size served (for the {@link Distribution#ENTITIES} assignment)
     * @param workersPerKey workers per key with {@link Distribution#ENTITIES} (with {@link Distribution#CLIENT}
     *                      the clients' own page concurrency applies)
     * @param retries       the retries so far (counted by the clients' attempt listener)
     */
    public ClientSync(List<AteraClient> clients, List<Entity> entities, int itemsInPage, int workersPerKey,
                      Distribution split, Clock clock, LongSupplier retries, Decoding decoding) {
        if (clients.isEmpty() || workersPerKey < 1) {
            throw new IllegalArgumentException("at least one client and one worker per key expected");
        }
        this.clients = List.copyOf(clients);
        this.entities = List.copyOf(entities);
        this.itemsInPage = itemsInPage;
        this.workersPerKey = workersPerKey;
        this.split = split;
        this.clock = clock;
        this.retries = retries;
        this.decoding = decoding;
    }

    /** Starts the sync; the future completes when every entity is done. Call once. */
    public CompletableFuture<SyncOutcome> start() {
        synchronized (this) {
            start = clock.nanos();
            for (Entity e : entities) {
                perEntity.putIfAbsent(e.name(), new long[] {0, e.items(), 0, 0});
            }
        }
        if (split == Distribution.CLIENT) {
            syncEntitiesThroughTheClient();
        } else {
            syncEntitiesSideBySide();
        }
        return done;
    }

    /** {@link Distribution#CLIENT}: entity after entity through the client's fan-out over the keys. */
    private void syncEntitiesThroughTheClient() {
        KeyShards shards = KeyShards.over(clients);
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Entity e : entities) {
            Endpoint<?> endpoint = decoding.endpoint(e);
            chain = chain.thenCompose(v -> shards.syncAsync(endpoint, Query.none(), p -> page(e.name(), p),
                    SyncListener.NONE).handle((summary, err) -> {
                        entityDone(e.name(), summary, err);
                        return null;
                    }));
        }
        chain.whenComplete((v, err) -> finish());
    }

    /** {@link Distribution#ENTITIES}: each key's workers take whole entities from the key's queue. */
    private void syncEntitiesSideBySide() {
        List<Worker> workers = new ArrayList<>();
        List<List<Entity>> perKey = KeyAssignment.entitiesPerKey(entities, clients.size(), itemsInPage);
        for (int k = 0; k < clients.size(); k++) {
            ArrayDeque<Entity> queue = new ArrayDeque<>(perKey.get(k));
            for (int w = 0; w < workersPerKey; w++) {
                workers.add(new Worker(clients.get(k), queue));
            }
        }
        synchronized (this) {
            workersLeft = workers.size();
        }
        workers.forEach(Worker::next);
    }

    private synchronized void page(String entity, Page<?> page) {
        long[] c = perEntity.get(entity);
        c[0] += page.items().size();
        c[2]++;
    }

    private synchronized void entityDone(String entity, SyncSummary summary, Throwable error) {
        long[] c = perEntity.get(entity);
        if (error != null) {
            // the page that failed was requested but not read; the rest of the entity is never requested
            failedPages++;
            c[3] = c[2] + 1;
            if (firstFailure == null) {
                firstFailure = SyncStop.failure(error, entity, c[2], clock.nanos());
            }
        } else {
            c[3] = summary.requests();
        }
    }

    private synchronized void workerDone() {
        if (--workersLeft == 0) {
            finish();
        }
    }

    private synchronized void finish() {
        List<SyncOutcome.EntitySummary> summaries = new ArrayList<>();
        perEntity.forEach((name, c) -> summaries.add(new SyncOutcome.EntitySummary(name, c[0], c[1], c[2], c[3])));
        done.complete(new SyncOutcome(start, clock.nanos(), summaries, retries.getAsLong(), failedPages,
                firstFailure));
    }

    /** Takes whole entities from its key's queue until it is empty. */
    private final class Worker {
        private final AteraClient client;
        private final ArrayDeque<Entity> queue;

        Worker(AteraClient client, ArrayDeque<Entity> queue) {
            this.client = client;
            this.queue = queue;
        }

        void next() {
            Entity e;
            synchronized (queue) {
                e = queue.poll();
            }
            if (e == null) {
                workerDone();
                return;
            }
            client.syncAsync(decoding.endpoint(e), Query.none(), p -> page(e.name(), p), SyncListener.NONE)
                    .whenComplete((summary, err) -> {
                        entityDone(e.name(), summary, err);
                        next();
                    });
        }
    }
}
