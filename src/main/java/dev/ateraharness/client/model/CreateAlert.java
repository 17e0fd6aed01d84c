package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a write: Atera's {@code CreateAlertRequest}, with its exact field names. Null components are not sent, so
 * pass null for what you do not set. Enum-like fields are strings (e.g. {@code TicketPriority.HIGH.wire()}).
 * Nothing is validated here: the server answers 400 for a missing required field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateAlert(
        @JsonProperty("DeviceGuid") String deviceGuid,
        @JsonProperty("Title") String title,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("Code") Long code,
        @JsonProperty("Severity") String severity,
        @JsonProperty("ThresholdValue1") String thresholdValue1,
        @JsonProperty("ThresholdValue2") String thresholdValue2,
        @JsonProperty("ThresholdValue3") String thresholdValue3,
        @JsonProperty("ThresholdValue4") String thresholdValue4,
        @JsonProperty("ThresholdValue5") String thresholdValue5,
        @JsonProperty("SnoozedEndDate") String snoozedEndDate,
        @JsonProperty("AdditionalInfo") String additionalInfo,
        @JsonProperty("AlertCategoryID") String alertCategoryID,
        @JsonProperty("TicketID") Long ticketID,
        @JsonProperty("MessageTemplate") String messageTemplate,
        @JsonProperty("FolderID") Long folderID) {
}
