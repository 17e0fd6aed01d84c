package dev.ateraharness.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.ateraharness.stub.internal.AdminRoutes;
import dev.ateraharness.stub.internal.ClosedStores;
import dev.ateraharness.stub.internal.GuardedServerFactory;
import dev.ateraharness.stub.internal.ResetListener;
import dev.ateraharness.stub.internal.RouteTransformer;
import dev.ateraharness.stub.internal.StubState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The HTTP door of the stub: a running WireMock server on 127.0.0.1 (by default) that hands every request to
 * one {@link AteraServerModel} (auth, per-key limits, generated data, pagination, CRUD, faults, latency, the
 * arrival log) and serves an admin API under {@code /__admin/atera}.
 *
 * <p>Guarantees: one key's traffic never limits another's; every request (also 401/429/403 and faults) is in
 * {@link #arrivals()}; bad input gets a 4xx in the profile's envelope, Jetty-level errors included, never a stack
 * trace; a request without a valid key is answered before its body is read, and a body costs at most
 * {@code maxBodyBytes} on the wire and decoded. The HTTP admin API is closed unless {@link HttpDoorOptions} give a
 * token; no CORS header unless they name an origin; WireMock reads and writes no mapping files and proxies nowhere.
 * This object itself is the in-process control (settings, arrivals, resets) and needs no token. WireMock's request journal and request
 * logging are off, so WireMock's own verification API sees nothing. It does not promise Atera's real behaviour
 * where Atera documents none: those behaviours are {@link StubSettings}.
 */
public final class AteraStub implements AutoCloseable {

    static final int ACCEPTORS = 1;
    /** Threads that write delayed responses when their latency has passed (the write is short on loopback). */
    static final int ASYNC_RESPONSE_THREADS = 4;
    /** The most bytes a request line plus headers may take. */
    public static final int MAX_REQUEST_HEAD_BYTES = 16 * 1024;

    private final WireMockServer server;
    private final AteraServerModel model;
    private final Path arrivalsOnClose;
    private final HttpDoorOptions door;
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private volatile boolean closed;

    private AteraStub(WireMockServer server, AteraServerModel model, Path arrivalsOnClose, HttpDoorOptions door) {
        this.server = server;
        this.model = model;
        this.arrivalsOnClose = arrivalsOnClose;
        this.door = door;
    }

    /** Starts a stub with these settings. */
    public static AteraStub start(StubSettings settings) {
        return start(settings, null);
    }

    /**
     * Starts a stub that also writes its arrival log to {@code arrivalsLog} on {@link #close()} (CSV, or JSON
     * lines when the name ends in {@code .jsonl}); null for none.
     */
    public static AteraStub start(StubSettings settings, Path arrivalsLog) {
        return start(settings, arrivalsLog, HttpDoorOptions.closed());
    }

    /**
     * Starts a stub whose HTTP door is opened as {@code door} says (admin token, CORS origin). A shutdown through
     * the admin API closes this stub as {@link #close()} does (arrival log written), and {@link #awaitClosed()}
     * returns.
     */
    public static AteraStub start(StubSettings settings, Path arrivalsLog, HttpDoorOptions door) {
        AteraServerModel model = AteraServerModel.create(settings);
        StubState state = model.state();
        ResetListener reset = new ResetListener(state);
        AtomicReference<AteraStub> self = new AtomicReference<>();
        Runnable onAdminShutdown = () -> {
            AteraStub stub = self.get();
            if (stub != null) {
                stub.close();
            }
        };
        WireMockServer server = new WireMockServer(wireMockOptions(settings)
                .httpServerFactory(new GuardedServerFactory(state, door, onAdminShutdown))
                .extensions(new RouteTransformer(model), new AdminRoutes(state), reset));
        StubMapping mapping = any(anyUrl()).willReturn(new ResponseDefinitionBuilder()
                .withTransformers(RouteTransformer.NAME)).build();
        reset.afterReset(() -> server.addStubMapping(mapping));
        server.start();
        server.addStubMapping(mapping);
        state.warmData();
        String host = settings.bindAddress().equals("0.0.0.0") ? "127.0.0.1" : settings.bindAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        state.baseUrl("http://" + host + ":" + server.port() + "/api/v3");
        AteraStub stub = new AteraStub(server, model, arrivalsLog, door);
        self.set(stub);
        return stub;
    }

    /**
     * WireMock's options without the extensions. One Jetty acceptor: WireMock's default of 3 makes Jetty log
     * "Acceptors should be <= availableProcessors" at WARN on a 2-core machine, and one acceptor is plenty for a
     * loopback stub (the throughput figure in README was measured with one). Loggers are left alone, so real
     * errors still show.
     */
    static WireMockConfiguration wireMockOptions(StubSettings settings) {
        return options()
                .port(settings.port())
                .bindAddress(settings.bindAddress())
                .jettyAcceptors(ACCEPTORS)
                // the model's latency is a scheduled response, not a sleeping Jetty thread: with WireMock's 25
                // container threads a 200 ms stub served at most ~100 requests/s, far below what a client with
                // 128 pages in flight sends (the door bounds requests in flight instead)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(ASYNC_RESPONSE_THREADS)
                // request line + headers: more is 414/431 in the JSON envelope, before any work
                .jettyHeaderRequestSize(MAX_REQUEST_HEAD_BYTES)
                .disableRequestJournal()
                .stubRequestLoggingDisabled(true)
                // closed by default: no mapping files read or written, no proxy target, no global XML factory change
                .mappingSource(ClosedStores.noMappingFiles())
                .limitProxyTargets(ClosedStores.noProxyTargets())
                .disableOptimizeXmlFactoriesLoading(true);
    }

    /** E.g. {@code http://127.0.0.1:PORT/api/v3}. */
    public String baseUrl() {
        return model.baseUrl();
    }

    /** The port bound (the real one when settings said 0). */
    public int port() {
        return server.port();
    }

    /**
     * The model this door serves (the same one an in-memory door could serve); the methods below are its control,
     * here for callers that hold the door.
     */
    public AteraServerModel model() {
        return model;
    }

    /** What the stub saw ({@link AteraServerModel#arrivals()}). */
    public ArrivalRecorder arrivals() {
        return model.arrivals();
    }

    /** The live settings (the port is the configured one; see {@link #port()}). */
    public StubSettings settings() {
        return model.settings();
    }

    /** {@link AteraServerModel#updateSettings}: port, bind address and clock stay; limiters restart if limits changed. */
    public void updateSettings(UnaryOperator<StubSettings.Builder> change) {
        model.updateSettings(change);
    }

    /** {@link AteraServerModel#resetLimiters()}. */
    public void resetLimiters() {
        model.resetLimiters();
    }

    /** {@link AteraServerModel#resetData()}. */
    public void resetData() {
        model.resetData();
    }

    /** How the HTTP door was opened (admin token or not, CORS origin). */
    public HttpDoorOptions door() {
        return door;
    }

    /** Blocks until {@link #close()} has finished, whoever called it (e.g. a shutdown through the admin API). */
    public void awaitClosed() throws InterruptedException {
        closedLatch.await();
    }

    /** Stops the server and writes the arrival log if a file was given. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeNow();
        } finally {
            closedLatch.countDown();
        }
    }

    private void closeNow() {
        model.state().stopWarming();
        server.stop();
        if (arrivalsOnClose != null) {
            try {
                if (arrivalsOnClose.getFileName().toString().endsWith(".jsonl")) {
                    model.arrivals().writeJsonLines(arrivalsOnClose);
                } else {
                    model.arrivals().writeCsv(arrivalsOnClose);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the arrival log to " + arrivalsOnClose, e);
            }
        }
    }
}
