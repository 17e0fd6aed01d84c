package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import dev.ateraharness.stub.HttpDoorOptions;

/** Builds WireMock's HTTP server with the stub's door and JSON error pages (see {@link DoorHandler}). */
public final class GuardedServerFactory implements HttpServerFactory {

    private final StubState state;
    private final HttpDoorOptions doorOptions;
    private final Runnable onShutdown;

    public GuardedServerFactory(StubState state, HttpDoorOptions doorOptions, Runnable onShutdown) {
        this.state = state;
        this.doorOptions = doorOptions;
        this.onShutdown = onShutdown;
    }

    @Override
    public String getName() {
        return "atera-http-door";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stub) {
        GuardedJettyServer server = new GuardedJettyServer(options, admin, stub);
        server.install(state, doorOptions, onShutdown);
        return server;
    }
}
