package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a write: Atera's {@code CreateRateRequest}, with its exact field names. Null components are not sent, so
 * pass null for what you do not set. Enum-like fields are strings (e.g. {@code TicketPriority.HIGH.wire()}).
 * Nothing is validated here: the server answers 400 for a missing required field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateRate(
        @JsonProperty("Description") String description,
        @JsonProperty("Amount") Double amount,
        @JsonProperty("SKU") String sku,
        @JsonProperty("Category") String category) {
}
