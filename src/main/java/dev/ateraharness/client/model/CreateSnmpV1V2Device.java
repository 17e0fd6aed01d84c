package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a write: Atera's {@code CreateSnmpV1DeviceRequest}, with its exact field names.
 * Null components are not sent, so pass null for what you do not set. Enum-like fields are strings. Nothing is validated here: the server
 * answers 400 for a missing or invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateSnmpV1V2Device(
        @JsonProperty("Name") String name,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("FolderID") Long folderID,
        @JsonProperty("MonitoringAgentID") Long monitoringAgentID,
        @JsonProperty("Monitored") Boolean monitored,
        @JsonProperty("Hostname") String hostname,
        @JsonProperty("Port") Integer port,
        @JsonProperty("SNMPType") String snmpType,
        @JsonProperty("Community") String community,
        @JsonProperty("SNMPVersion") String snmpVersion) {
}
