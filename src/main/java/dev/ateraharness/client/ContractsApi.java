package dev.ateraharness.client;

import dev.ateraharness.client.model.Contract;
import dev.ateraharness.client.model.CreateContract;
import dev.ateraharness.client.model.UpdateContract;
import java.util.concurrent.CompletableFuture;

/** Contracts: list, get, create (201 {@code Result}), update with PUT or POST (204, no body). */
public final class ContractsApi extends EntityApi<Contract> {

    private static final String ONE = "/contracts/{contractId}";

    ContractsApi(AteraClient client) {
        super(client, Endpoints.CONTRACTS, ONE, "Contract");
    }

    public CompletableFuture<ActionResult> createAsync(CreateContract body) {
        return write("POST", "createContract", "/contracts", null, body);
    }

    public ActionResult create(CreateContract body) {
        return client.await(createAsync(body), "POST /contracts");
    }

    /** {@code PUT /contracts/{id}}: 204. */
    public CompletableFuture<Void> updateAsync(long contractId, UpdateContract body) {
        return write("PUT", "updateContract", ONE, contractId, body).thenApply(r -> null);
    }

    public void update(long contractId, UpdateContract body) {
        client.await(updateAsync(contractId, body), "PUT " + ONE);
    }

    /** {@code POST /contracts/{id}}: the same update. */
    public CompletableFuture<Void> updateWithPostAsync(long contractId, UpdateContract body) {
        return write("POST", "updateContractWithPost", ONE, contractId, body).thenApply(r -> null);
    }

    public void updateWithPost(long contractId, UpdateContract body) {
        client.await(updateWithPostAsync(contractId, body), "POST " + ONE);
    }
}
