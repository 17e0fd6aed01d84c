package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code AccountInfoResponse} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * spelling (misspellings and camelCase included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings. Date-times are kept as the
 * server's text; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Account(
        @JsonProperty("AccountID") String accountID,
        @JsonProperty("Country") String country,
        @JsonProperty("CompanyName") String companyName,
        @JsonProperty("CreatedOn") String createdOn,
        @JsonProperty("State") String state,
        @JsonProperty("TimeZoneName") String timeZoneName,
        @JsonProperty("City") String city,
        @JsonProperty("Address") String address,
        @JsonProperty("PostalCode") String postalCode,
        @JsonProperty("Phone") String phone,
        @JsonProperty("IsITDepartment") Boolean isITDepartment,
        @JsonProperty("Plan") String plan) {
}
