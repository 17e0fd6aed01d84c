package dev.ateraharness.stub.internal;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * HTTP/1.1 connections whose unparseable requests are always a 4xx: Jetty's parser answers some client mistakes
 * with a 5xx status line (505 for {@code HTTP/9.9}), which would count as the stub failing. The body of every such
 * answer comes from {@link EnvelopeErrorHandler#badMessageError}.
 */
final class ClientFaultHttpConnectionFactory extends HttpConnectionFactory {

    ClientFaultHttpConnectionFactory(HttpConfiguration config) {
        super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint,
                isRecordHttpComplianceViolations()) {
            @Override
            protected HttpChannelOverHttp newHttpChannel() {
                return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
                    @Override
                    public void badMessage(BadMessageException failure) {
                        super.badMessage(failure.getCode() >= 500 ? new BadMessageException(400, "Bad Request", failure)
                                : failure);
                    }
                };
            }
        };
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
    }
}
