package dev.ateraharness.stub;

import java.util.List;
import java.util.Map;

/**
 * One request as the stub's model ({@link AteraServerModel}) sees it, whichever door it came through: no
 * WireMock or java.net.http type.
 *
 * @param method       HTTP method, upper case
 * @param path         the raw request path without the query, e.g. {@code /api/v3/tickets}
 * @param rawQuery     the raw (still encoded) query string without {@code ?}; empty for none
 * @param headers      header name to values (names matched case-insensitively; carries the key: never log it)
 * @param body         the request body, empty for none
 * @param arrivalNanos when the request arrived, epoch nanos on the model's clock (the limiter judges it then)
 */
public record StubRequest(String method, String path, String rawQuery, Map<String, List<String>> headers,
                          byte[] body, long arrivalNanos) {

    public StubRequest {
        rawQuery = rawQuery == null ? "" : rawQuery;
        headers = headers == null ? Map.of() : headers;
        body = body == null ? new byte[0] : body;
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

    /** Never prints headers or body: they carry the key. */
    @Override
    public String toString() {
        return method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery) + " @" + arrivalNanos;
    }
}
