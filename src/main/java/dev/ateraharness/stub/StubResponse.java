package dev.ateraharness.stub;

import java.util.List;
import java.util.Map;

/**
 * The model's answer to one {@link StubRequest}: what a door must deliver, and when.
 *
 * @param status            the HTTP status; 0 when {@code fault} closes the connection without a response
 * @param headers           response headers in the order the model added them (Content-Type included)
 * @param body              the body, empty for none
 * @param latencyNanos      the delay the door applies between arrival and delivering the response (or fault)
 * @param fault             a connection-level fault to deliver instead of a response
 * @param retryAfterSeconds the {@code Retry-After} sent, or -1 for none (also in {@code headers})
 */
public record StubResponse(int status, Map<String, List<String>> headers, byte[] body, long latencyNanos,
                           ConnectionFault fault, int retryAfterSeconds) {

    /** A fault that replaces the HTTP response. */
    public enum ConnectionFault {
        /** A normal HTTP response. */
        NONE,
        /** The connection is reset (TCP RST). */
        CONNECTION_RESET,
        /** The connection closes without any response. */
        EMPTY_RESPONSE
    }

    public StubResponse {
        headers = headers == null ? Map.of() : headers;
        body = body == null ? new byte[0] : body;
        fault = fault == null ? ConnectionFault.NONE : fault;
    }

    /** The first value of a header, any case of its name; null if absent. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "StubResponse[" + (fault == ConnectionFault.NONE ? status : fault) + ", " + body.length + " bytes, +"
                + latencyNanos / 1_000_000 + " ms]";
    }
}
