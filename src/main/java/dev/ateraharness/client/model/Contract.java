package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code ContractDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contract(
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("CustomerName") String customerName,
        @JsonProperty("ContractID") Long contractID,
        @JsonProperty("ContractName") String contractName,
        @JsonProperty("ContractType") String contractType,
        @JsonProperty("Active") Boolean active,
        @JsonProperty("Default") Boolean defaultValue,
        @JsonProperty("Taxable") Boolean taxable,
        @JsonProperty("StartDate") String startDate,
        @JsonProperty("EndDate") String endDate,
        @JsonProperty("RetainerFlatFeeContract") RetainerFlatFeeContract retainerFlatFeeContract,
        @JsonProperty("HourlyContract") HourlyContract hourlyContract,
        @JsonProperty("BlockHoursContract") BlockHoursContract blockHoursContract,
        @JsonProperty("BlockMoneyContract") BlockMoneyContract blockMoneyContract,
        @JsonProperty("RemoteMonitoringContract") RemoteMonitoringContract remoteMonitoringContract,
        @JsonProperty("OnlineBackupContract") OnlineBackupContract onlineBackupContract,
        @JsonProperty("ProjectOneTimeFeeContract") ProjectOneTimeFeeContract projectOneTimeFeeContract,
        @JsonProperty("ProjectHourlyRateContract") ProjectHourlyRateContract projectHourlyRateContract) {

    /** {@code ContractType} as a {@link ContractType}; {@link ContractType#UNKNOWN} for a value this client does not know. */
    public ContractType contractTypeEnum() {
        return Lenient.parse(ContractType.class, contractType);
    }
}
