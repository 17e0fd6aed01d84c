package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Atera's {@code AgentDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agent(
        @JsonProperty("MachineID") String machineID,
        @JsonProperty("AgentID") Long agentID,
        @JsonProperty("DeviceGuid") String deviceGuid,
        @JsonProperty("FolderID") Long folderID,
        @JsonProperty("FolderName") String folderName,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("CustomerName") String customerName,
        @JsonProperty("AgentName") String agentName,
        @JsonProperty("SystemName") String systemName,
        @JsonProperty("MachineName") String machineName,
        @JsonProperty("DomainName") String domainName,
        @JsonProperty("CurrentLoggedUsers") String currentLoggedUsers,
        @JsonProperty("ComputerDescription") String computerDescription,
        @JsonProperty("Monitored") Boolean monitored,
        @JsonProperty("AgentVersion") String agentVersion,
        @JsonProperty("Favorite") Boolean favorite,
        @JsonProperty("ThresholdID") Long thresholdID,
        @JsonProperty("MonitoredAgentID") Long monitoredAgentID,
        @JsonProperty("Created") String created,
        @JsonProperty("Modified") String modified,
        @JsonProperty("Online") Boolean online,
        @JsonProperty("LastSeen") String lastSeen,
        @JsonProperty("ReportedFromIP") String reportedFromIP,
        @JsonProperty("AppViewUrl") String appViewUrl,
        @JsonProperty("Motherboard") String motherboard,
        @JsonProperty("Processor") String processor,
        @JsonProperty("Memory") Integer memory,
        @JsonProperty("Display") String display,
        @JsonProperty("Sound") String sound,
        @JsonProperty("ProcessorCoresCount") Integer processorCoresCount,
        @JsonProperty("SystemDrive") String systemDrive,
        @JsonProperty("ProcessorClock") String processorClock,
        @JsonProperty("Vendor") String vendor,
        @JsonProperty("VendorSerialNumber") String vendorSerialNumber,
        @JsonProperty("VendorBrandModel") String vendorBrandModel,
        @JsonProperty("ProductName") String productName,
        @JsonProperty("BiosManufacturer") String biosManufacturer,
        @JsonProperty("BiosVersion") String biosVersion,
        @JsonProperty("BiosReleaseDate") String biosReleaseDate,
        @JsonProperty("MacAddresses") List<String> macAddresses,
        @JsonProperty("IpAddresses") List<String> ipAddresses,
        @JsonProperty("HardwareDisks") List<HardwareDisk> hardwareDisks,
        @JsonProperty("BatteryInfo") Battery batteryInfo,
        @JsonProperty("OS") String os,
        @JsonProperty("OSType") String osType,
        @JsonProperty("WindowsSerialNumber") String windowsSerialNumber,
        @JsonProperty("Office") String office,
        @JsonProperty("OfficeSP") String officeSP,
        @JsonProperty("OfficeOEM") Boolean officeOEM,
        @JsonProperty("OfficeSerialNumber") String officeSerialNumber,
        @JsonProperty("OSNum") Double osNum,
        @JsonProperty("LastRebootTime") String lastRebootTime,
        @JsonProperty("OSVersion") String osVersion,
        @JsonProperty("OSBuild") String osBuild,
        @JsonProperty("OfficeFullVersion") String officeFullVersion,
        @JsonProperty("LastLoginUser") String lastLoginUser,
        @JsonProperty("DeviceType") String deviceType) {
}
