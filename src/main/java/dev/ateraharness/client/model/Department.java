package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code DepartmentDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Department(
        @JsonProperty("Id") Long id,
        @JsonProperty("Name") String name,
        @JsonProperty("Description") String description) {
}
