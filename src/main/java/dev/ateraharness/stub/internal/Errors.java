package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ateraharness.stub.Profile;
import dev.ateraharness.stub.RateLimitBody;
import dev.ateraharness.text.ProblemDetails;
import java.nio.charset.StandardCharsets;
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
        String traceId = String.format("00-%016x%016x-%016x-00", ThreadLocalRandom.current().nextLong(),
                ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong());
        return new Reply(status, ProblemDetails.json(status, detail, instance, traceId)
                .getBytes(StandardCharsets.UTF_8), Reply.PROBLEM);
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
        return ProblemDetails.title(status);
    }
}
