package dev.ateraharness.stub.internal;

import dev.ateraharness.stub.Profile;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages replaced by the profile's JSON envelope, for errors no route ever sees: a malformed request
 * line or URI ({@code %zz}, {@code %00}, {@code ..} above the root), 414, 431, bad chunking, and exceptions that
 * escape a handler. A failure caused by the request (a bad message, an unreadable body) is a 400, never a 500;
 * the body names no class, library or stack frame, whatever Jetty's reason text said.
 */
final class EnvelopeErrorHandler extends ErrorHandler {

    private final StubState state;

    EnvelopeErrorHandler(StubState state) {
        this.state = state;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        int status = response.getStatus();
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && clientFault(thrown)) {
            status = thrown instanceof BadMessageException b && b.getCode() >= 400 && b.getCode() < 500 ? b.getCode() : 400;
        }
        if (status < 400) {
            status = 500;
        }
        Reply r = reply(status, null);
        response.resetBuffer();
        DoorReplies.write(r, response);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        // a message Jetty could not parse is the client's fault whatever status Jetty chose (505 for HTTP/9.9)
        Reply r = reply(status >= 400 && status < 500 ? status : 400, null);
        if (r.contentType != null) {
            fields.put(HttpHeader.CONTENT_TYPE, r.contentType);
        }
        return ByteBuffer.wrap(r.body);
    }

    private Reply reply(int status, String instance) {
        Profile profile = state == null ? Profile.SPEC : state.settings().profile();
        return Errors.of(profile, status, detail(status), instance);
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is not valid HTTP: a malformed request line, URI, header or body framing.";
            case 404 -> "No such route.";
            case 405 -> "The method is not allowed here.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request URI is too long.";
            case 415 -> "The request's media type or encoding is not supported.";
            case 431 -> "The request headers are too large.";
            case 501 -> "The method is not implemented.";
            default -> status >= 500 ? "atera-harness stub error." : "The request could not be processed.";
        };
    }

    /** Whether an escaped exception was caused by the request rather than by the stub. */
    static boolean clientFault(Object thrown) {
        for (Throwable t = thrown instanceof Throwable x ? x : null; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException || t instanceof IOException || t instanceof IllegalArgumentException
                    || t instanceof java.util.zip.ZipException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
