package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code AgentAvailableUpdateDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * spelling (misspellings and camelCase included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings. Date-times are kept as the
 * server's text; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailablePatch(
        @JsonProperty("name") String name,
        @JsonProperty("class") String updateClass,
        @JsonProperty("kbId") String kbId,
        @JsonProperty("status") String status) {
}
