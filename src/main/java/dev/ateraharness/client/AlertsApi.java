package dev.ateraharness.client;

import dev.ateraharness.client.model.Alert;
import java.util.concurrent.CompletableFuture;

/** Alerts: list ({@code alertStatus} filter), get, create, resolve (PUT with no body, 204), delete. */
public final class AlertsApi extends EntityApi<Alert> {

    private static final String ONE = "/alerts/{alertId}";

    AlertsApi(AteraClient client) {
        super(client, Endpoints.ALERTS, ONE, "Alert");
    }

    /** POST /alerts: 201 with {@code ActionID}; 409 ({@link ConflictException}) if it conflicts. */
    public CompletableFuture<ActionResult> createAsync(Object body) {
        return write("POST", "createAlert", "/alerts", null, body);
    }

    public ActionResult create(Object body) {
        return client.await(createAsync(body), "POST /alerts");
    }

    /** PUT /alerts/{id} with no body: resolves the alert (204). */
    public CompletableFuture<Void> resolveAsync(long alertId) {
        return write("PUT", "resolveAlert", ONE, alertId, null).thenApply(r -> null);
    }

    public void resolve(long alertId) {
        client.await(resolveAsync(alertId), "PUT " + ONE);
    }

    public CompletableFuture<Void> deleteAsync(long alertId) {
        return write("DELETE", "deleteAlert", ONE, alertId, null).thenApply(r -> null);
    }

    public void delete(long alertId) {
        client.await(deleteAsync(alertId), "DELETE " + ONE);
    }
}
