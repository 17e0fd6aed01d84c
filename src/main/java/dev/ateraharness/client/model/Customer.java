package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code CustomerDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Customer(
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("CustomerName") String customerName,
        @JsonProperty("CreatedOn") String createdOn,
        @JsonProperty("LastModified") String lastModified,
        @JsonProperty("BusinessNumber") String businessNumber,
        @JsonProperty("Domain") String domain,
        @JsonProperty("Address") String address,
        @JsonProperty("City") String city,
        @JsonProperty("State") String state,
        @JsonProperty("Country") String country,
        @JsonProperty("Phone") String phone,
        @JsonProperty("Fax") String fax,
        @JsonProperty("Notes") String notes,
        @JsonProperty("Logo") String logo,
        @JsonProperty("Links") String links,
        @JsonProperty("Longitude") Double longitude,
        @JsonProperty("Latitude") Double latitude,
        @JsonProperty("ZipCodeStr") String zipCodeStr) {
}
