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
 * One sync of a {@link WorkPlan} through real {@link AteraClient}s: client i serves key i, and that key's
 * {@code workersPerKey} workers share it (so they share its limiter and retry budget). Each worker takes shards
 * from its key's queue: with {@link Distribution#PAGES} it fetches the shard's pages by number
 * ({@link AteraClient#pageAsync}); with {@link Distribution#ENTITIES} each shard is a whole entity, read with
 * {@link AteraClient#syncAsync} (a plain pager following {@code nextLink}).
 *
 * <p>Used by the planner in virtual time ({@link ClientSyncDriver}) and by the validation against the real stub
 * in real time, so both run the same client code. Never blocks; thread-safe (in real time, pages complete on
 * the HTTP client's threads). A page (or, for a whole entity, the rest of it) that fails for good is counted in
 * {@link SyncOutcome#failedPages()} and the worker moves on.
 */
public final class ClientSync {

    private final List<AteraClient> clients;
    private final WorkPlan plan;
    private final int workersPerKey;
    private final Distribution split;
    private final Clock clock;
    private final LongSupplier retries;
    private final PageObserver observer;
    private final Decoding decoding;
    private final CompletableFuture<SyncOutcome> done = new CompletableFuture<>();
    private final Map<String, long[]> perEntity = new LinkedHashMap<>(); // itemsSeen, total, pages, requests
    private long start;
    private int workersLeft;
    private long failedPages;

    /**
     * @param clients       one client per key of the plan, in key order
     * @param retries       the retries so far (counted by the clients' attempt listener)
     */
    public ClientSync(List<AteraClient> clients, WorkPlan plan, int workersPerKey, Distribution split, Clock clock,
                      LongSupplier retries) {
        this(clients, plan, workersPerKey, split, clock, retries, PageObserver.NONE, Decoding.RECORDS);
    }

    /**
     * As above, telling {@code observer} when each page was asked for and when its result reached the worker, and
     * decoding items as {@code decoding} says.
     */
    public ClientSync(List<AteraClient> clients, WorkPlan plan, int workersPerKey, Distribution split, Clock clock,
                      LongSupplier retries, PageObserver observer, Decoding decoding) {
        if (clients.size() != plan.perKey().size()) {
            throw new IllegalArgumentException("one client per key expected");
        }
        this.clients = List.copyOf(clients);
        this.plan = plan;
        this.workersPerKey = workersPerKey;
        this.split = split;
        this.clock = clock;
        this.retries = retries;
        this.observer = observer;
        this.decoding = decoding;
    }

    /**
     * Hears, per page fetched by number, when the worker asked for it and when the result (decoded page or failure)
     * reached the worker: the client's whole cycle, limiter wait and decoding included. Called on the thread that
     * completed the page; must be quick and thread-safe.
     */
    @FunctionalInterface
    public interface PageObserver {
        PageObserver NONE = (asked, done) -> { };

        void page(long askedNanos, long doneNanos);
    }

    /** Starts every worker; the future completes when all are done. Call once. */
    public CompletableFuture<SyncOutcome> start() {
        List<Worker> workers = new ArrayList<>();
        synchronized (this) {
            start = clock.nanos();
            for (int k = 0; k < clients.size(); k++) {
                ArrayDeque<Shard> queue = new ArrayDeque<>(plan.perKey().get(k));
                for (Shard s : queue) {
                    perEntity.putIfAbsent(s.entity().name(), new long[] {0, s.entity().items(), 0, 0});
                }
                for (int w = 0; w < workersPerKey; w++) {
                    workers.add(new Worker(clients.get(k), queue));
                }
            }
            workersLeft = workers.size();
        }
        if (split == Distribution.CLIENT) {
            syncEntitiesThroughTheClient();
            return done;
        }
        if (workers.isEmpty()) {
            finish();
        }
        workers.forEach(Worker::run);
        return done;
    }

    /** {@link Distribution#CLIENT}: entity after entity through the client's fan-out over the keys. */
    private void syncEntitiesThroughTheClient() {
        List<Entity> entities = new ArrayList<>();
        for (List<Shard> shards : plan.perKey()) {
            for (Shard sh : shards) {
                if (!entities.contains(sh.entity())) {
                    entities.add(sh.entity());
                }
            }
        }
        KeyShards shards = KeyShards.over(clients);
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Entity e : entities) {
            Endpoint<?> endpoint = decoding.endpoint(e);
            chain = chain.thenCompose(v -> shards.syncAsync(endpoint, Query.none(), p -> fanOutPage(e.name(), p),
                    SyncListener.NONE).handle((summary, err) -> {
                        fanOutDone(e.name(), summary, err);
                        return null;
                    }));
        }
        chain.whenComplete((v, err) -> finish());
    }

    private synchronized void fanOutPage(String entity, Page<?> page) {
        long[] c = perEntity.get(entity);
        c[0] += page.items().size();
        c[2]++;
    }

    private synchronized void fanOutDone(String entity, SyncSummary summary, Throwable error) {
        long[] c = perEntity.get(entity);
        if (error != null) {
            // the rest of the entity is never requested; the page that failed was
            failedPages++;
            c[3] = c[2] + 1;
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
        done.complete(new SyncOutcome(start, clock.nanos(), summaries, retries.getAsLong(), failedPages));
    }

    private synchronized void pageDone(String entity, Page<?> page, Throwable error) {
        long[] c = perEntity.get(entity);
        c[3]++;
        if (error != null) {
            failedPages++;
        } else {
            c[0] += page.items().size();
            c[2]++;
        }
    }

    private synchronized void entityDone(String entity, long pages, SyncSummary summary, Throwable error) {
        long[] c = perEntity.get(entity);
        if (error != null) {
            // the page that failed was requested but not read; the rest of the entity is never requested
            c[3]++;
            failedPages++;
        } else {
            c[3] += summary.requests() - pages;
        }
    }

    private synchronized void entityPage(String entity, Page<?> page) {
        long[] c = perEntity.get(entity);
        c[0] += page.items().size();
        c[2]++;
        c[3]++;
    }

    /** Takes shards from its key's queue until it is empty. */
    private final class Worker {
        private final AteraClient client;
        private final ArrayDeque<Shard> queue;
        private Shard shard;
        private Endpoint<?> endpoint;
        private long page;

        Worker(AteraClient client, ArrayDeque<Shard> queue) {
            this.client = client;
            this.queue = queue;
        }

        /** Fetches pages until one is pending (then its completion resumes here) or the queue is empty. */
        void run() {
            while (true) {
                if (shard == null || page > shard.lastPage()) {
                    synchronized (queue) {
                        shard = queue.poll();
                    }
                    if (shard == null) {
                        workerDone();
                        return;
                    }
                    endpoint = decoding.endpoint(shard.entity());
                    page = shard.firstPage();
                    if (split == Distribution.ENTITIES) {
                        syncEntity();
                        return;
                    }
                }
                String entity = shard.entity().name();
                long asked = clock.nanos();
                CompletableFuture<? extends Page<?>> f = client.pageAsync(endpoint, Query.none(), Math.toIntExact(page));
                page++;
                if (!f.isDone()) {
                    f.whenComplete((p, e) -> {
                        observer.page(asked, clock.nanos());
                        pageDone(entity, p, e);
                        run();
                    });
                    return;
                }
                observer.page(asked, clock.nanos());
                Page<?> p = null;
                Throwable err = null;
                try {
                    p = f.join();
                } catch (RuntimeException e) {
                    err = e;
                }
                pageDone(entity, p, err);
            }
        }

        private void syncEntity() {
            String entity = shard.entity().name();
            long[] pages = new long[1];
            client.syncAsync(endpoint, Query.none(), p -> {
                pages[0]++;
                entityPage(entity, p);
            }, SyncListener.NONE).whenComplete((summary, e) -> {
                entityDone(entity, pages[0], summary, e);
                page = shard.lastPage() + 1;
                run();
            });
        }
    }
}
