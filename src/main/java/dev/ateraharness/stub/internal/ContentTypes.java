package dev.ateraharness.stub.internal;

import java.util.Locale;

/**
 * Which request media types a write accepts: JSON only ({@code application/json}, {@code text/json},
 * {@code application/*+json}, parameters allowed). A write (POST, PUT, PATCH) naming another type, or sending a
 * body with no type at all, is a 415, so JSON sent as {@code image/png} never creates anything.
 */
final class ContentTypes {

    private ContentTypes() {
    }

    /** Throws a 415 {@link BadRequest} when a write's Content-Type is not JSON; reads and deletes pass. */
    static void requireJsonWrite(String method, String contentType, int bodyLength) {
        if (!isWrite(method)) {
            return;
        }
        if (contentType == null || contentType.isBlank()) {
            if (bodyLength > 0) {
                throw new BadRequest(415, "A request body needs Content-Type: application/json.");
            }
            return;
        }
        if (!isJson(contentType)) {
            throw new BadRequest(415, "Content-Type must be application/json.");
        }
    }

    static boolean isWrite(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    /** True for application/json, text/json and application/*+json, with any parameters. */
    static boolean isJson(String contentType) {
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("text/json")
                || (type.startsWith("application/") && type.endsWith("+json") && type.indexOf('/') == type.lastIndexOf('/'));
    }
}
