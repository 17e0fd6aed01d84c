package dev.ateraharness.client;

import dev.ateraharness.client.model.Agent;
import dev.ateraharness.client.model.AvailablePatches;
import dev.ateraharness.client.model.InstalledPatches;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Agents: list, get, delete (204), and an agent's installed and available Windows updates by device GUID. */
public final class AgentsApi extends EntityApi<Agent> {

    private static final String ONE = "/agents/{agentId}";

    AgentsApi(AteraClient client) {
        super(client, Endpoints.AGENTS, ONE, "Agent");
    }

    public CompletableFuture<Void> deleteAsync(long agentId) {
        return write("DELETE", "deleteAgent", ONE, agentId, null).thenApply(r -> null);
    }

    public void delete(long agentId) {
        client.await(deleteAsync(agentId), "DELETE " + ONE);
    }

    /** {@code GET /agents/{deviceGuid}/installed-patches}. */
    public CompletableFuture<InstalledPatches> installedPatchesAsync(String deviceGuid) {
        return exchange("GET", "getAgentInstalledPatches", "/agents/{deviceGuid}/installed-patches",
                Map.of("deviceGuid", deviceGuid), null, InstalledPatches.class);
    }

    public InstalledPatches installedPatches(String deviceGuid) {
        return client.await(installedPatchesAsync(deviceGuid), "GET /agents/{deviceGuid}/installed-patches");
    }

    /** {@code GET /agents/{deviceGuid}/available-patches}. */
    public CompletableFuture<AvailablePatches> availablePatchesAsync(String deviceGuid) {
        return exchange("GET", "getAgentAvailablePatches", "/agents/{deviceGuid}/available-patches",
                Map.of("deviceGuid", deviceGuid), null, AvailablePatches.class);
    }

    public AvailablePatches availablePatches(String deviceGuid) {
        return client.await(availablePatchesAsync(deviceGuid), "GET /agents/{deviceGuid}/available-patches");
    }
}
