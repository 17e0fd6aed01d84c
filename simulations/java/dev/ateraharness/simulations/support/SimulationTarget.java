package dev.ateraharness.simulations.support;

import java.net.URI;
import java.util.OptionalInt;

/**
 * Where a simulation sends its traffic: the embedded stub it started (and stops on {@link #close}), or a base URL
 * given with {@code -Datera.baseUrl}. Knows the expected item counts only when it started the stub.
 */
public final class SimulationTarget implements AutoCloseable {

    /** The key sent to the embedded stub; never a real key. */
    public static final String STUB_KEY = "stub-key-0000";

    private final URI baseUrl;
    private final LocalWireMock embedded;

    private SimulationTarget(URI baseUrl, LocalWireMock embedded) {
        this.baseUrl = baseUrl;
        this.embedded = embedded;
    }

    public static SimulationTarget start(SimulationSettings settings) {
        if (settings.embeddedStub()) {
            // TODO(phase 2): AteraStub.start(stub settings from `settings`: profile, limit, window, items,
            //  faults, arrival log into settings.reportsDir()) instead of the phase-1 WireMock
            LocalWireMock stub = LocalWireMock.start(settings.items());
            return new SimulationTarget(stub.baseUrl(), stub);
        }
        return new SimulationTarget(settings.baseUrl().orElseThrow(), null);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** Items of {@code entity} the embedded stub holds; empty for an external target. */
    public OptionalInt expectedItems(String entity) {
        return embedded == null ? OptionalInt.empty() : OptionalInt.of(embedded.size(entity));
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
