package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code AlertDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Alert(
        @JsonProperty("AlertID") Long alertID,
        @JsonProperty("Code") Long code,
        @JsonProperty("Source") String source,
        @JsonProperty("Title") String title,
        @JsonProperty("Severity") String severity,
        @JsonProperty("Created") String created,
        @JsonProperty("SnoozedEndDate") String snoozedEndDate,
        @JsonProperty("DeviceGuid") String deviceGuid,
        @JsonProperty("AgentId") Long agentId,
        @JsonProperty("AdditionalInfo") String additionalInfo,
        @JsonProperty("Archived") Boolean archived,
        @JsonProperty("AlertCategoryID") String alertCategoryID,
        @JsonProperty("ArchivedDate") String archivedDate,
        @JsonProperty("TicketID") Long ticketID,
        @JsonProperty("AlertMessage") String alertMessage,
        @JsonProperty("DeviceName") String deviceName,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("CustomerName") String customerName,
        @JsonProperty("FolderID") Long folderID,
        @JsonProperty("PollingCyclesCount") Long pollingCyclesCount,
        @JsonProperty("DeviceType") String deviceType) {

    /** {@code Severity} as a {@link AlertSeverity}; {@link AlertSeverity#UNKNOWN} for a value this client does not know. */
    public AlertSeverity severityEnum() {
        return Lenient.parse(AlertSeverity.class, severity);
    }

    /** {@code AlertCategoryID} as a {@link AlertCategory}; {@link AlertCategory#UNKNOWN} for a value this client does not know. */
    public AlertCategory alertCategoryIDEnum() {
        return Lenient.parse(AlertCategory.class, alertCategoryID);
    }
}
