package dev.ateraharness.text;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * RFC 9457 ProblemDetails bodies as ASP.NET (and so Atera's documented error responses) writes them:
 * {@code {"type","title","status","detail","instance"[,"traceId"]}}, in that order, with the RFC 9110 section of the
 * status as the type and its reason phrase as the title.
 *
 * <p>Guarantees: the output is strict JSON whatever the strings hold (strings escaped by Jackson). Does not: add
 * extension members other than {@code traceId}, or know reason phrases beyond the statuses the harness produces
 * (others read "Error").
 */
public final class ProblemDetails {

    /** The media type to send with it. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDetails() {
    }

    /** The body; {@code instance} and {@code traceId} may be null ({@code traceId} is then left out). */
    public static String json(int status, String detail, String instance, String traceId) {
        StringBuilder b = new StringBuilder(200).append("{\"type\":");
        appendJsonString(b, type(status)).append(",\"title\":");
        appendJsonString(b, title(status)).append(",\"status\":").append(status).append(",\"detail\":");
        appendJsonString(b, detail).append(",\"instance\":");
        if (instance == null) {
            b.append("null");
        } else {
            appendJsonString(b, instance);
        }
        if (traceId != null) {
            appendJsonString(b.append(",\"traceId\":"), traceId);
        }
        return b.append('}').toString();
    }

    private static StringBuilder appendJsonString(StringBuilder b, String s) {
        b.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, b);
        return b.append('"');
    }

    /** The reason phrase, e.g. "Too Many Requests". */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }

    /** The type URI ASP.NET uses: the status's section of RFC 9110. */
    public static String type(int status) {
        return "https://tools.ietf.org/html/rfc9110#section-" + section(status);
    }

    private static String section(int status) {
        return switch (status) {
            case 400 -> "15.5.1";
            case 401 -> "15.5.2";
            case 403 -> "15.5.4";
            case 404 -> "15.5.5";
            case 405 -> "15.5.6";
            case 409 -> "15.5.10";
            case 413 -> "15.5.14";
            case 414 -> "15.5.15";
            case 415 -> "15.5.16";
            case 429 -> "6.1"; // RFC 6585
            case 431 -> "5"; // RFC 6585
            default -> "15.6.1";
        };
    }
}
