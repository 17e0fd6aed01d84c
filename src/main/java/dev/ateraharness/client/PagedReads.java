package dev.ateraharness.client;

import dev.ateraharness.client.concurrent.TtlCache;
import dev.ateraharness.client.internal.Blocking;
import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.internal.Pipeline;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The paged reads behind {@link AteraClient}: single pages, the non-recursive sync driver, list-all, the lazy
 * stream and the opt-in list cache. {@link AteraClient} delegates to it; the semantics are documented there.
 */
final class PagedReads {

    private final AteraClientConfig config;
    private final Pipeline pipeline;
    private final TtlCache<ListKey, List<?>> listCache;

    private record ListKey(String endpoint, Query query) {
    }

    PagedReads(AteraClientConfig config, Pipeline pipeline) {
        this.config = config;
        this.pipeline = pipeline;
        this.listCache = new TtlCache<>(config.listCacheTtl(), config.clock());
    }

    <T> PageCursor<T> cursor(Endpoint<T> endpoint, Query query, SyncListener listener) {
        return new PageCursor<>(pipeline, endpoint, query, config.itemsInPage(), listener);
    }

    <T> CompletableFuture<Page<T>> pageAsync(Endpoint<T> endpoint, Query query, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1: " + page);
        }
        endpoint.check(query);
        Pipeline.Call call = new Pipeline.Call("GET", endpoint.operation(), endpoint.pathTemplate(),
                pipeline.uri(endpoint.pathTemplate(), query.pathParams(),
                        Pipeline.pagedQuery(query.filters(), page, config.itemsInPage())), new byte[0], false);
        return pipeline.exchange(call, r -> Json.pageReader(endpoint.itemType()).readValue(r.body()));
    }

    <T> CompletableFuture<SyncSummary> syncAsync(Endpoint<T> endpoint, Query query,
                                                 Consumer<? super Page<T>> onPage, SyncListener listener) {
        if (!config.pageConcurrency().isSequential()) {
            try {
                return new PageFanOut<>(List.of(lane()), endpoint, query, listener, onPage, false).start();
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        CompletableFuture<SyncSummary> result = new CompletableFuture<>();
        PageCursor<T> cursor;
        try {
            cursor = cursor(endpoint, query, listener);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        drive(cursor, onPage, result);
        return result;
    }

    private <T> void drive(PageCursor<T> cursor, Consumer<? super Page<T>> onPage,
                           CompletableFuture<SyncSummary> result) {
        while (!cursor.done()) {
            CompletableFuture<Page<T>> f = cursor.next();
            if (!f.isDone()) {
                f.whenComplete((p, e) -> {
                    try {
                        if (step(p, e, onPage, result)) {
                            drive(cursor, onPage, result);
                        }
                    } catch (Throwable t) {
                        // an exception in a dependent stage is swallowed by CompletableFuture: surface it
                        result.completeExceptionally(t);
                    }
                });
                return;
            }
            Page<T> p = null;
            Throwable err = null;
            try {
                p = f.join();
            } catch (RuntimeException e) {
                err = e;
            }
            if (!step(p, err, onPage, result)) {
                return;
            }
        }
        result.complete(cursor.summary());
    }

    private static <T> boolean step(Page<T> p, Throwable e, Consumer<? super Page<T>> onPage,
                                    CompletableFuture<SyncSummary> result) {
        if (e != null) {
            result.completeExceptionally(Pipeline.unwrap(e));
            return false;
        }
        try {
            onPage.accept(p);
            return true;
        } catch (RuntimeException consumerFailed) {
            result.completeExceptionally(consumerFailed);
            return false;
        }
    }

    <T> CompletableFuture<List<T>> listAllAsync(Endpoint<T> endpoint, Query query) {
        List<T> all = new ArrayList<>();
        return syncAsync(endpoint, query, p -> all.addAll(p.items()), config.syncListener()).thenApply(s -> all);
    }

    /** This client as one lane of a fan-out. */
    FanOutLane lane() {
        return new FanOutLane(pipeline, config.pageConcurrency());
    }

    <T> Stream<T> stream(Endpoint<T> endpoint, Query query) {
        if (!config.pageConcurrency().isSequential()) {
            return PulledPages.stream(List.of(lane()), endpoint, query, config.syncListener(),
                    config.blockingTimeout());
        }
        PageCursor<T> cursor = cursor(endpoint, query, config.syncListener());
        Iterator<Page<T>> pages = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !cursor.done();
            }

            @Override
            public Page<T> next() {
                if (cursor.done()) {
                    throw new NoSuchElementException();
                }
                return await(cursor.next(), "GET " + endpoint.pathTemplate());
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(p -> p.items().stream());
    }

    @SuppressWarnings("unchecked")
    <T> CompletableFuture<List<T>> listAllCachedAsync(Endpoint<T> endpoint, Query query) {
        return listCache.get(new ListKey(endpoint.name(), query),
                k -> listAllAsync(endpoint, query).thenApply(l -> (List<?>) List.copyOf(l)))
                .thenApply(l -> (List<T>) l);
    }

    void invalidateListCache() {
        listCache.invalidateAll();
    }

    <T> T await(CompletableFuture<T> f, String what) {
        return Blocking.await(f, config.blockingTimeout(), what);
    }
}
