package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Atera's {@code AgentAvailableUpdatesResponse} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * spelling (misspellings and camelCase included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings. Date-times are kept as the
 * server's text; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailablePatches(
        @JsonProperty("deviceGuid") String deviceGuid,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("availableUpdates") List<AvailablePatch> availableUpdates) {
}
