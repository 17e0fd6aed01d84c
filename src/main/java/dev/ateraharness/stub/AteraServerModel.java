package dev.ateraharness.stub;

import dev.ateraharness.stub.internal.Exchange;
import dev.ateraharness.stub.internal.PagedTables;
import dev.ateraharness.stub.internal.StubState;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The stub's one model of Atera, with no WireMock or HTTP type in it: auth and permissions, the per-key limiter
 * ({@link StubSettings#algorithm()}), faults and latency, routes over generated data with CRUD state, the profile's
 * envelopes and rate headers, and the arrival record. A door hands it a {@link StubRequest} stamped with its
 * arrival time and delivers the {@link StubResponse} after {@link StubResponse#latencyNanos()}: {@link AteraStub}
 * over HTTP (WireMock), {@link InMemoryAteraTransport} in memory on any clock and scheduler.
 *
 * <p>Guarantees: thread-safe; the limiter judges each request at its {@link StubRequest#arrivalNanos()}; every
 * request (401, 429, 403, faults included) is appended to {@link #arrivals()} exactly once; for one settings value
 * and one order of requests the statuses, bodies (apart from ProblemDetails trace ids) and arrival records are the
 * same whichever door carried them. Fault and latency draws come from one seeded stream in arrival order.
 */
public final class AteraServerModel {

    /** What items the data set holds. */
    public enum Items {
        /** Every entity generated with all its fields (the HTTP stub's data). */
        GENERATED,
        /**
         * Items are {@code {"<IdField>":n}} with ids 1..N, built per page and never stored: for planning syncs of
         * millions of items through the same routes, pager and envelopes. Read-only (writes answer 500); list
         * routes ignore filters and sort orders (items have no fields), so each lists its whole data set.
         */
        IDS_ONLY
    }

    private final StubState state;
    private final Exchange exchange;

    private AteraServerModel(StubState state) {
        this.state = state;
        this.exchange = new Exchange(state);
    }

    /** A model with generated data. */
    public static AteraServerModel create(StubSettings settings) {
        return create(settings, Items.GENERATED);
    }

    /** A model whose data set holds {@code items}. */
    public static AteraServerModel create(StubSettings settings, Items items) {
        return new AteraServerModel(new StubState(Objects.requireNonNull(settings),
                new ArrivalRecorder(), items == Items.IDS_ONLY));
    }

    /**
     * The data set ({@link StubSettings#dataSizes()} name) an unfiltered paged route lists, e.g. {@code tickets}
     * for {@code /tickets/noComments} and {@code products} for {@code /rates/products}; empty for routes that
     * need a parent id.
     */
    public static Optional<String> dataSetListedAt(String routeTemplate) {
        return PagedTables.at(routeTemplate);
    }

    /** Answers one request (and records its arrival). */
    public StubResponse handle(StubRequest request) {
        return exchange.handle(request);
    }

    /** The base URL links are built on, e.g. {@code http://127.0.0.1:8080/api/v3} (empty until set). */
    public String baseUrl() {
        return state.baseUrl();
    }

    /** Sets the base URL {@code nextLink}/{@code prevLink} are built on (a door knows it). */
    public AteraServerModel baseUrl(String url) {
        state.baseUrl(Objects.requireNonNull(url));
        return this;
    }

    /** What the model saw. */
    public ArrivalRecorder arrivals() {
        return state.arrivals();
    }

    /** The live settings. */
    public StubSettings settings() {
        return state.settings();
    }

    /** Replaces settings (port, bind address and clock stay); limiters restart if limits changed. */
    public void updateSettings(UnaryOperator<StubSettings.Builder> change) {
        state.apply(change.apply(state.settings().toBuilder()).build());
    }

    /** Fresh windows for every key. */
    public void resetLimiters() {
        state.resetLimiters();
    }

    /** Regenerates the data set, dropping changes made through the API. */
    public void resetData() {
        state.resetData();
    }

    /** For the HTTP door's admin API and lifecycle (same package only). */
    StubState state() {
        return state;
    }
}
