package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ateraharness.stub.Profile;
import dev.ateraharness.stub.RateLimitBody;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Error bodies in the active profile's shape: ProblemDetails (spec) or {@code {"Message","ErrorCode"}} (seed). */
final class Errors {

    private Errors() {
    }

    static Reply of(Profile profile, int status, String detail, String instance) {
        if (profile == Profile.SEED) {
            return message(status, detail);
        }
        return problem(status, detail, instance);
    }

    static Reply problem(int status, String detail, String instance) {
        ObjectNode o = Generators.F.objectNode();
        o.put("type", "https://tools.ietf.org/html/rfc9110#section-" + section(status));
        o.put("title", title(status));
        o.put("status", status);
        o.put("detail", detail);
        o.put("instance", instance);
        o.put("traceId", String.format("00-%016x%016x-%016x-00", ThreadLocalRandom.current().nextLong(),
                ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong()));
        return new Reply(status, Row.bytes(o), Reply.PROBLEM);
    }

    static Reply message(int status, String detail) {
        ObjectNode o = Generators.F.objectNode();
        o.put("Message", detail);
        o.put("ErrorCode", title(status).toUpperCase(Locale.ROOT).replace(' ', '_'));
        return Reply.json(status, Row.bytes(o));
    }

    /** 401: empty in spec (as probed), Message in seed. */
    static Reply unauthorized(Profile profile) {
        return profile == Profile.SEED ? message(401, "Invalid API key.") : Reply.empty(401);
    }

    /** 5xx from a fault: empty in spec (the document gives no schema), Message in seed. */
    static Reply serverError(Profile profile, int status) {
        return profile == Profile.SEED ? message(status, "An error has occurred.") : Reply.empty(status);
    }

    static Reply tooMany(RateLimitBody body, String instance) {
        return switch (body) {
            case EMPTY -> Reply.empty(429);
            case MESSAGE -> message(429, "Rate limit exceeded. Please wait before making more requests.");
            case PROBLEM_DETAILS -> problem(429, "Rate limit exceeded.", instance);
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
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
            case 415 -> "15.5.16";
            case 429 -> "6.1"; // RFC 6585
            default -> "15.6.1";
        };
    }
}
