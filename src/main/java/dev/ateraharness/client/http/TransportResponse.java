package dev.ateraharness.client.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP response as received.
 *
 * @param status       HTTP status code
 * @param headers      header name to values; look up with {@link #header(String)} (case-insensitive)
 * @param body         the raw body, empty for none
 * @param receivedNanos when the response was received, on the client's clock
 */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body, long receivedNanos) {

    public TransportResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "TransportResponse[" + status + ", " + body.length + " bytes]";
    }
}
