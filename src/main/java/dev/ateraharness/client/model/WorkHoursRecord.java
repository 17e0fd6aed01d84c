package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code WorkhourRecordDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkHoursRecord(
        @JsonProperty("WorkHoursID") Long workHoursID,
        @JsonProperty("TicketID") Long ticketID,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("EndUserID") Long endUserID,
        @JsonProperty("StartWorkHour") String startWorkHour,
        @JsonProperty("EndWorkHour") String endWorkHour,
        @JsonProperty("TechnicianContactID") Long technicianContactID,
        @JsonProperty("Billiable") Boolean billiable,
        @JsonProperty("OnCustomerSite") Boolean onCustomerSite,
        @JsonProperty("Description") String description,
        @JsonProperty("TechnicianFullName") String technicianFullName,
        @JsonProperty("TechnicianEmail") String technicianEmail,
        @JsonProperty("RateID") Integer rateID,
        @JsonProperty("RateAmount") Double rateAmount) {
}
