package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a write: Atera's {@code UpdateContractDto}, with its exact field names.
 * Null components are not sent, so pass null for what you do not set. Enum-like fields are strings. Nothing is validated here: the server
 * answers 400 for a missing or invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateContract(
        @JsonProperty("ContractName") String contractName,
        @JsonProperty("Default") Boolean defaultValue,
        @JsonProperty("StartDate") String startDate,
        @JsonProperty("EndDate") String endDate,
        @JsonProperty("Active") Boolean active,
        @JsonProperty("Taxable") Boolean taxable,
        @JsonProperty("TaxId") Integer taxId,
        @JsonProperty("Notes") String notes,
        @JsonProperty("RetainerFlatFeeContract") UpdateRetainerFlatFeeTerms retainerFlatFeeContract,
        @JsonProperty("HourlyContract") UpdateHourlyTerms hourlyContract,
        @JsonProperty("BlockHoursContract") UpdateBlockHoursTerms blockHoursContract,
        @JsonProperty("BlockMoneyContract") UpdateBlockMoneyTerms blockMoneyContract,
        @JsonProperty("RemoteMonitoringContract") UpdateRemoteMonitoringTerms remoteMonitoringContract,
        @JsonProperty("OnlineBackupContract") UpdateOnlineBackupTerms onlineBackupContract) {
}
