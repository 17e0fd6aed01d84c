package dev.ateraharness.client.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request as the transport sends it.
 *
 * @param method  GET, POST, PUT or DELETE
 * @param uri     absolute URI, query included
 * @param headers header name to values (auth included: never log this map, use {@link #toString()})
 * @param body    request body, empty for none
 * @param timeout per-request timeout (whole exchange); the transport fails the future when it passes
 * @param tag     pipeline metadata
 */
public record TransportRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body,
                               Duration timeout, RequestTag tag) {

    public TransportRequest {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** Never prints header values: they carry the key. */
    @Override
    public String toString() {
        return method + " " + uri.getPath() + " (" + tag.operation() + ")";
    }
}
