package dev.ateraharness.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.client.AteraApiException;
import dev.ateraharness.client.BadRequestException;
import dev.ateraharness.client.ConflictException;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.ErrorDetail;
import dev.ateraharness.client.ForbiddenException;
import dev.ateraharness.client.NotFoundException;
import dev.ateraharness.client.RateLimitedException;
import dev.ateraharness.client.ServerErrorException;
import dev.ateraharness.client.UnauthorizedException;
import dev.ateraharness.client.AteraException;
import dev.ateraharness.client.AteraTransportException;
import dev.ateraharness.client.MalformedResponseException;
import dev.ateraharness.client.http.ResponseTooLargeException;
import dev.ateraharness.client.http.TransportException;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.limit.RateLimiterTimeoutException;
import dev.ateraharness.client.retry.RetryAfter;
import dev.ateraharness.client.retry.RetryAfterTooLongException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Turns an error response into the client's exception for its status. Parses ProblemDetails, the seed's
 * {@code {"Message","ErrorCode"}}, {@code {"errors":[{"message"}]}}, plain text and an empty body; scrubs the key
 * from anything the server echoed. {@code Retry-After} is read with {@link RetryAfter#parse} (delay-seconds or any
 * RFC 9110 HTTP-date, relative to the response's {@code Date}). Also maps a failed send ({@link #fromFailure}).
 */
public final class ErrorMapper {

    private static final int MAX_RAW = 2_000;
    private static final int MAX_TEXT_DETAIL = 300;

    private ErrorMapper() {
    }

    public static AteraApiException toException(String method, String path, TransportResponse r,
                                                Credentials credentials) {
        ErrorDetail d = parse(r.body(), credentials);
        return switch (r.status()) {
            case 400 -> new BadRequestException(method, path, d);
            case 401 -> new UnauthorizedException(method, path, d);
            case 403 -> new ForbiddenException(method, path, d);
            case 404 -> new NotFoundException(method, path, d);
            case 409 -> new ConflictException(method, path, d);
            case 429 -> new RateLimitedException(method, path, 429, d, retryAfter(r));
            default -> r.status() >= 500 ? new ServerErrorException(method, path, r.status(), d)
                    : new AteraApiException(method, path, r.status(), d);
        };
    }

    /**
     * The response's {@code Retry-After} as a delay from its receipt; empty if absent or malformed. An HTTP-date
     * is measured from {@code receivedNanos}, the transport's reading of the client's clock: no other clock.
     */
    public static Optional<Duration> retryAfter(TransportResponse r) {
        long n = r.receivedNanos();
        Instant received = Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
        return r.header("Retry-After").flatMap(v -> RetryAfter.parse(v, r.header("Date"), received));
    }

    /**
     * A send that failed without a response to map: {@link RetryAfterTooLongException} becomes a
     * {@link RateLimitedException} (the server's status, with the delay it asked for and the cap that made the client
     * not wait); {@link ResponseTooLargeException} a {@link MalformedResponseException} naming the limit; anything
     * else an
     * {@link AteraTransportException} ({@link RateLimiterTimeoutException}: not sent, the limiter gave no permit in
     * time). An {@link AteraException} passes through.
     */
    public static AteraException fromFailure(String method, String path, Throwable t, Credentials credentials) {
        if (t instanceof AteraException ae) {
            return ae;
        }
        if (t instanceof RetryAfterTooLongException tooLong) {
            TransportResponse r = tooLong.response();
            ErrorDetail d = parse(r.body(), credentials);
            return new RateLimitedException(method, path, r.status(), d, tooLong.retryAfter(), tooLong.max());
        }
        if (t instanceof ResponseTooLargeException tooLarge) {
            return new MalformedResponseException(method, path, tooLarge.getMessage(), t);
        }
        if (t instanceof RateLimiterTimeoutException lt) {
            return new AteraTransportException(method, path, "not sent: the rate limiter gave no permit within "
                    + lt.timeout().toMillis() + " ms", true, t);
        }
        boolean timeout = t instanceof HttpTimeoutException || t instanceof TimeoutException;
        String what = timeout ? "timed out" : t instanceof TransportException ? "gave up" : "transport failed";
        String msg = t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + scrub(credentials, t.getMessage());
        return new AteraTransportException(method, path, what + " (" + msg + ")", timeout, t);
    }

    private static String scrub(Credentials c, String s) {
        return c == null ? s : c.scrub(s);
    }

    /** The body's meaning, whatever its shape. */
    public static ErrorDetail parse(byte[] body, Credentials credentials) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8).trim();
        text = credentials == null ? text : credentials.scrub(text);
        if (text.isEmpty()) {
            return ErrorDetail.EMPTY;
        }
        String raw = text.length() > MAX_RAW ? text.substring(0, MAX_RAW) : text;
        if (text.startsWith("{")) {
            try {
                JsonNode n = Json.MAPPER.readTree(text);
                String title = str(n, "title");
                String detail = first(str(n, "detail"), str(n, "Message"), str(n, "message"), errorsMessage(n));
                String code = first(str(n, "ErrorCode"), str(n, "errorCode"));
                if (title != null || detail != null || code != null) {
                    return new ErrorDetail(title, detail, code, str(n, "type"), raw);
                }
            } catch (java.io.IOException notJson) {
                // fall through to plain text
            }
        }
        String oneLine = text.replaceAll("\\s+", " ");
        return new ErrorDetail(null, oneLine.length() > MAX_TEXT_DETAIL
                ? oneLine.substring(0, MAX_TEXT_DETAIL) + "..." : oneLine, null, null, raw);
    }

    private static String errorsMessage(JsonNode n) {
        JsonNode errors = n.get("errors");
        if (errors != null && errors.isArray() && errors.size() > 0) {
            return str(errors.get(0), "message");
        }
        return null;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
