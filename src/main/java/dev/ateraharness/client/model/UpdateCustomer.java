package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a write: Atera's {@code UpdateCustomerRequest}, with its exact field names. Null components are not sent, so
 * pass null for what you do not set. Enum-like fields are strings (e.g. {@code TicketPriority.HIGH.wire()}).
 * Nothing is validated here: the server answers 400 for a missing required field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateCustomer(
        @JsonProperty("CustomerName") String customerName,
        @JsonProperty("BusinessNumber") String businessNumber,
        @JsonProperty("Domain") String domain,
        @JsonProperty("Address") String address,
        @JsonProperty("City") String city,
        @JsonProperty("State") String state,
        @JsonProperty("Country") String country,
        @JsonProperty("Phone") String phone,
        @JsonProperty("Fax") String fax,
        @JsonProperty("Notes") String notes,
        @JsonProperty("Links") String links,
        @JsonProperty("Longitude") Double longitude,
        @JsonProperty("Latitude") Double latitude,
        @JsonProperty("ZipCodeStr") String zipCodeStr) {
}
