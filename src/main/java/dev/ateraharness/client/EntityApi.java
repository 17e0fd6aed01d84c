package dev.ateraharness.client;

import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.internal.Pipeline;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Read access to one kind of entity: its list endpoint and (where Atera has one) its single GET. Obtained from
 * the client ({@code client.agents()}); holds no state of its own. Async methods never block; the blocking ones
 * wait at most the config's blocking timeout.
 */
public class EntityApi<T> {

    protected final AteraClient client;
    private final Endpoint<T> list;
    private final String singlePath;
    private final String noun;

    /** {@code noun} is the singular entity name used in operation names ({@code Ticket}: {@code getTicket}). */
    EntityApi(AteraClient client, Endpoint<T> list, String singlePath, String noun) {
        this.client = client;
        this.list = list;
        this.singlePath = singlePath;
        this.noun = noun;
    }

    /** The list endpoint. */
    public Endpoint<T> endpoint() {
        return list;
    }

    /** Every item, lazily, page by page (blocking as the stream is consumed). */
    public Stream<T> stream(Query query) {
        return client.stream(list, query);
    }

    /** Every item. */
    public List<T> listAll(Query query) {
        return client.listAll(list, query);
    }

    /** Every item, without blocking. */
    public CompletableFuture<List<T>> listAllAsync(Query query) {
        return client.listAllAsync(list, query);
    }

    /** Every item, from the client's opt-in list cache when fresh ({@link AteraClient#listAllCachedAsync}). */
    public CompletableFuture<List<T>> listAllCachedAsync(Query query) {
        return client.listAllCachedAsync(list, query);
    }

    /** Blocking {@link #listAllCachedAsync} with no filters. */
    public List<T> listAllCached() {
        return client.await(listAllCachedAsync(Query.none()), "GET " + list.pathTemplate());
    }

    /**
     * The entities with these ids, in the order given, at most {@code concurrency} requests in flight (all
     * through the shared limiter). Fails with the first failure, for example {@link NotFoundException}.
     */
    public CompletableFuture<List<T>> getManyAsync(Collection<?> ids, int concurrency) {
        return client.mapAsync(List.copyOf(ids), concurrency, this::getAsync);
    }

    /** Blocking {@link #getManyAsync}. */
    public List<T> getMany(Collection<?> ids, int concurrency) {
        return client.await(getManyAsync(ids, concurrency), "GET " + singlePath);
    }

    /** One page. */
    public CompletableFuture<Page<T>> pageAsync(Query query, int page) {
        return client.pageAsync(list, query, page);
    }

    /** The entity with that id ({@link NotFoundException} if none). */
    public CompletableFuture<T> getAsync(Object id) {
        if (singlePath == null) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException(
                    "Atera has no single GET for " + list.name()));
        }
        return client.getAsync(list.itemType(), "get" + noun, singlePath, id);
    }

    /** Blocking {@link #getAsync}. */
    public T get(Object id) {
        return client.await(getAsync(id), "GET " + singlePath);
    }

    /** Writes {@code body} (a record or map; nulls omitted) and decodes Atera's {@code Result}. */
    protected CompletableFuture<ActionResult> write(String method, String op, String path, Object id, Object body) {
        Pipeline p = client.pipeline();
        Map<String, String> params = id == null ? Map.of() : Map.of(param(path), id.toString());
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : Json.MAPPER.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("body does not serialise", e));
        }
        Pipeline.Call call = new Pipeline.Call(method, op, path, p.uri(path, params, Map.of()), bytes, false);
        return p.exchange(call, r -> r.body().length == 0 ? new ActionResult(null)
                : Json.MAPPER.readValue(r.body(), ActionResult.class));
    }

    /** See {@link Exchanges#send}. */
    protected <R> CompletableFuture<R> exchange(String method, String op, String template, Map<String, String> params,
                                                Object body, Class<R> type) {
        return Exchanges.send(client, method, op, template, params, body, type);
    }

    /** See {@link Exchanges#sendForList}. */
    protected <R> CompletableFuture<List<R>> exchangeList(String method, String op, String template,
                                                          Map<String, String> params, Object body, Class<R> item) {
        return Exchanges.sendForList(client, method, op, template, params, body, item);
    }

    static String param(String path) {
        int a = path.indexOf('{');
        return a < 0 ? "" : path.substring(a + 1, path.indexOf('}', a));
    }
}
