package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Atera's {@code InvoiceDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invoice(
        @JsonProperty("IsAdhoc") Boolean isAdhoc,
        @JsonProperty("InvoiceId") String invoiceId,
        @JsonProperty("InvoiceNumber") Integer invoiceNumber,
        @JsonProperty("InvoiceNumberAsString") String invoiceNumberAsString,
        @JsonProperty("Total") Double total,
        @JsonProperty("Subtotal") Double subtotal,
        @JsonProperty("Tax") Double tax,
        @JsonProperty("TaxPercentage") Double taxPercentage,
        @JsonProperty("InvoiceDate") String invoiceDate,
        @JsonProperty("ContractName") String contractName,
        @JsonProperty("PeriodStartDate") String periodStartDate,
        @JsonProperty("PeriodEndDate") String periodEndDate,
        @JsonProperty("Currency") String currency,
        @JsonProperty("LineItems") List<InvoiceLineItem> lineItems,
        @JsonProperty("From") InvoiceContactDetails fromParty,
        @JsonProperty("To") InvoiceContactDetails toParty) {
}
