package dev.ateraharness.client;

import java.util.concurrent.CompletableFuture;

/**
 * An entity Atera lets you create, update and delete (tickets, customers, contacts, rates). Bodies are records
 * (or maps) serialised with Atera's field names; nulls are omitted. Creates are POSTs and are not retried unless
 * a retry layer was told to (RequestTag.retryOptIn is false); updates use PUT and deletes DELETE.
 */
public class WritableApi<T> extends EntityApi<T> {

    private final String collectionPath;
    private final String singlePath;
    private final String noun;

    WritableApi(AteraClient client, Endpoint<T> list, String collectionPath, String singlePath, String noun) {
        super(client, list, singlePath, noun);
        this.collectionPath = collectionPath;
        this.singlePath = singlePath;
        this.noun = noun;
    }

    /** POST: 201 with {@code ActionID} (the new id, as text). */
    public CompletableFuture<ActionResult> createAsync(Object body) {
        return write("POST", "create" + noun, collectionPath, null, body);
    }

    public ActionResult create(Object body) {
        return client.await(createAsync(body), "POST " + collectionPath);
    }

    /** PUT: 200 with {@code ActionID}. */
    public CompletableFuture<ActionResult> updateAsync(Object id, Object body) {
        return write("PUT", "update" + noun, singlePath, id, body);
    }

    public ActionResult update(Object id, Object body) {
        return client.await(updateAsync(id, body), "PUT " + singlePath);
    }

    /** DELETE: 204, no body. */
    public CompletableFuture<Void> deleteAsync(Object id) {
        return write("DELETE", "delete" + noun, singlePath, id, null).thenApply(r -> null);
    }

    public void delete(Object id) {
        client.await(deleteAsync(id), "DELETE " + singlePath);
    }

    /**
     * POST to the item's path: the same update as {@link #updateAsync} (Atera accepts both for tickets, customers,
     * contacts and departments; rates have PUT only, and a POST there is answered 405).
     */
    public CompletableFuture<ActionResult> updateWithPostAsync(Object id, Object body) {
        return write("POST", "update" + noun + "WithPost", singlePath, id, body);
    }

    public ActionResult updateWithPost(Object id, Object body) {
        return client.await(updateWithPostAsync(id, body), "POST " + singlePath);
    }
}
