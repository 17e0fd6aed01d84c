package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code HttpDeviceDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpDevice(
        @JsonProperty("Name") String name,
        @JsonProperty("DeviceID") Long deviceID,
        @JsonProperty("DeviceGuid") String deviceGuid,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("CustomerName") String customerName,
        @JsonProperty("FolderID") Long folderID,
        @JsonProperty("MonitoringAgentID") Long monitoringAgentID,
        @JsonProperty("URL") String url,
        @JsonProperty("Pattern") String pattern,
        @JsonProperty("URLUp") Boolean urlUp,
        @JsonProperty("ContainsPattern") Boolean containsPattern,
        @JsonProperty("Monitored") Boolean monitored) {
}
