package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a write: Atera's {@code CreateTicketModel}, with its exact field names. Null components are not sent, so
 * pass null for what you do not set. Enum-like fields are strings (e.g. {@code TicketPriority.HIGH.wire()}).
 * Nothing is validated here: the server answers 400 for a missing required field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateTicket(
        @JsonProperty("TicketTitle") String ticketTitle,
        @JsonProperty("Description") String description,
        @JsonProperty("TicketPriority") String ticketPriority,
        @JsonProperty("TicketImpact") String ticketImpact,
        @JsonProperty("TicketStatus") String ticketStatus,
        @JsonProperty("TicketType") String ticketType,
        @JsonProperty("EndUserID") Long endUserID,
        @JsonProperty("EndUserFirstName") String endUserFirstName,
        @JsonProperty("EndUserLastName") String endUserLastName,
        @JsonProperty("EndUserEmail") String endUserEmail,
        @JsonProperty("EndUserPhone") String endUserPhone,
        @JsonProperty("TechnicianContactID") Long technicianContactID,
        @JsonProperty("TechnicianEmail") String technicianEmail) {
}
