package dev.ateraharness.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Atera's {@code Result}: what a create or update returns. The spec types {@code ActionID} as a string; older
 * servers send a number; both decode (numbers become their decimal text). On a create it is the new entity's id
 * (inferred: not documented).
 *
 * @param actionId the id as text, null if the server sent none (or the response had no body)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionResult(@JsonProperty("ActionID") String actionId) {

    /** The id as a number, if it is one. */
    public OptionalLong actionIdAsLong() {
        try {
            return actionId == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(actionId.trim()));
        } catch (NumberFormatException notNumeric) {
            return OptionalLong.empty();
        }
    }

    /** The id, if any. */
    public Optional<String> id() {
        return Optional.ofNullable(actionId);
    }
}
