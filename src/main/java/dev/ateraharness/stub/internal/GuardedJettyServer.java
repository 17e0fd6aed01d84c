package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.ateraharness.stub.HttpDoorOptions;
import com.github.tomakehurst.wiremock.common.JettySettings;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;

/**
 * WireMock's Jetty 11 server with the stub's {@link DoorHandler} in front of all of WireMock's handlers and the
 * JSON {@link EnvelopeErrorHandler} in place of Jetty's HTML error pages (server-wide and in every context).
 */
final class GuardedJettyServer extends Jetty11HttpServer {

    // assigned from the superclass constructor (createHandler), so no initialiser here
    private DoorHandler door;

    GuardedJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stub) {
        super(options, admin, stub);
    }

    @Override
    protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings jettySettings,
                                                  NetworkTrafficListener listener) {
        ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        // same protocol name: replaces WireMock's HTTP/1.1 factory, keeps its configuration
        connector.addConnectionFactory(new ClientFaultHttpConnectionFactory(http.getHttpConfiguration()));
        return connector;
    }

    @Override
    protected Handler createHandler(Options options, AdminRequestHandler admin, StubRequestHandler stub) {
        door = new DoorHandler();
        door.setHandler(super.createHandler(options, admin, stub));
        return door;
    }

    void install(StubState state, HttpDoorOptions doorOptions, Runnable onShutdown) {
        door.configure(state, doorOptions, onShutdown);
        jettyServer.setErrorHandler(new EnvelopeErrorHandler(state));
        for (Handler h : jettyServer.getChildHandlersByClass(ContextHandler.class)) {
            ((ContextHandler) h).setErrorHandler(new EnvelopeErrorHandler(state));
        }
    }
}
