package dev.ateraharness.client;

import dev.ateraharness.client.model.CreatedDevice;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One kind of monitored device (generic, TCP, HTTP, SNMP): list, get, create (201 {@link CreatedDevice}: the new
 * id and GUID) and delete (204). {@code B} is the create body ({@code CreateGenericDevice} and so on).
 */
public class DevicesApi<T, B> extends EntityApi<T> {

    private final String createPath;
    private final String singlePath;
    private final String noun;

    DevicesApi(AteraClient client, Endpoint<T> list, String createPath, String singlePath, String noun) {
        super(client, list, singlePath, noun);
        this.createPath = createPath;
        this.singlePath = singlePath;
        this.noun = noun;
    }

    /** {@code POST} the create path (for SNMP: v1/v2). */
    public CompletableFuture<CreatedDevice> createAsync(B body) {
        return exchange("POST", "create" + noun, createPath, Map.of(), body, CreatedDevice.class);
    }

    public CreatedDevice create(B body) {
        return client.await(createAsync(body), "POST " + createPath);
    }

    public CompletableFuture<Void> deleteAsync(long deviceId) {
        return write("DELETE", "delete" + noun, singlePath, deviceId, null).thenApply(r -> null);
    }

    public void delete(long deviceId) {
        client.await(deleteAsync(deviceId), "DELETE " + singlePath);
    }
}
