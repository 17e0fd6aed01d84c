package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a write: Atera's {@code CreateContractDto}, with its exact field names.
 * Null components are not sent, so pass null for what you do not set. Enum-like fields are strings. Nothing is validated here: the server
 * answers 400 for a missing or invalid field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateContract(
        @JsonProperty("ContractName") String contractName,
        @JsonProperty("SLAId") Long slaId,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("Default") Boolean defaultValue,
        @JsonProperty("StartDate") String startDate,
        @JsonProperty("EndDate") String endDate,
        @JsonProperty("Active") Boolean active,
        @JsonProperty("Taxable") Boolean taxable,
        @JsonProperty("TaxId") Integer taxId,
        @JsonProperty("ContractType") String contractType,
        @JsonProperty("Notes") String notes,
        @JsonProperty("RetainerFlatFeeContract") CreateRetainerFlatFeeTerms retainerFlatFeeContract,
        @JsonProperty("HourlyContract") CreateHourlyTerms hourlyContract,
        @JsonProperty("BlockHoursContract") CreateBlockHoursTerms blockHoursContract,
        @JsonProperty("BlockMoneyContract") CreateBlockMoneyTerms blockMoneyContract,
        @JsonProperty("RemoteMonitoringContract") CreateRemoteMonitoringTerms remoteMonitoringContract,
        @JsonProperty("OnlineBackupContract") CreateOnlineBackupTerms onlineBackupContract,
        @JsonProperty("ProjectOneTimeFeeContract") CreateProjectOneTimeFeeTerms projectOneTimeFeeContract,
        @JsonProperty("ProjectHourlyRateContract") CreateProjectHourlyRateTerms projectHourlyRateContract) {
}
