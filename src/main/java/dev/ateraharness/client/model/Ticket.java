package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Atera's {@code TicketDto} (entity), field for field as in the OpenAPI document; JSON names are Atera's exact
 * PascalCase spelling (misspellings included). Every component is nullable: a field the server omits reads as
 * {@code null}, unknown fields are ignored, enum-like fields are plain strings (with a lenient helper where useful)
 * so an unexpected value never fails a page. Date-times are kept as the server's text: Atera sends them with and
 * without an offset; parse with {@link AteraDates}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ticket(
        @JsonProperty("TicketID") Long ticketID,
        @JsonProperty("TicketTitle") String ticketTitle,
        @JsonProperty("TicketNumber") String ticketNumber,
        @JsonProperty("TicketPriority") String ticketPriority,
        @JsonProperty("TicketImpact") String ticketImpact,
        @JsonProperty("TicketStatus") String ticketStatus,
        @JsonProperty("TicketSource") String ticketSource,
        @JsonProperty("TicketType") String ticketType,
        @JsonProperty("EndUserID") Long endUserID,
        @JsonProperty("EndUserEmail") String endUserEmail,
        @JsonProperty("EndUserFirstName") String endUserFirstName,
        @JsonProperty("EndUserLastName") String endUserLastName,
        @JsonProperty("EndUserPhone") String endUserPhone,
        @JsonProperty("TicketResolvedDate") String ticketResolvedDate,
        @JsonProperty("TicketCreatedDate") String ticketCreatedDate,
        @JsonProperty("TechnicianFirstCommentDate") String technicianFirstCommentDate,
        @JsonProperty("FirstResponseDueDate") String firstResponseDueDate,
        @JsonProperty("ClosedTicketDueDate") String closedTicketDueDate,
        @JsonProperty("FirstComment") String firstComment,
        @JsonProperty("LastEndUserComment") String lastEndUserComment,
        @JsonProperty("LastEndUserCommentTimestamp") String lastEndUserCommentTimestamp,
        @JsonProperty("LastTechnicianComment") String lastTechnicianComment,
        @JsonProperty("LastTechnicianCommentTimestamp") String lastTechnicianCommentTimestamp,
        @JsonProperty("OnSiteDurationSeconds") Integer onSiteDurationSeconds,
        @JsonProperty("OnSiteDurationMinutes") Integer onSiteDurationMinutes,
        @JsonProperty("OffSiteDurationSeconds") Integer offSiteDurationSeconds,
        @JsonProperty("OffSiteDurationMinutes") Integer offSiteDurationMinutes,
        @JsonProperty("OnSLADurationSeconds") Integer onSLADurationSeconds,
        @JsonProperty("OnSLADurationMinutes") Integer onSLADurationMinutes,
        @JsonProperty("OffSLADurationSeconds") Integer offSLADurationSeconds,
        @JsonProperty("OffSLADurationMinutes") Integer offSLADurationMinutes,
        @JsonProperty("TotalDurationSeconds") Integer totalDurationSeconds,
        @JsonProperty("TotalDurationMinutes") Integer totalDurationMinutes,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("CustomerName") String customerName,
        @JsonProperty("CustomerBusinessNumber") String customerBusinessNumber,
        @JsonProperty("TechnicianContactID") Long technicianContactID,
        @JsonProperty("TechnicianFullName") String technicianFullName,
        @JsonProperty("TechnicianEmail") String technicianEmail,
        @JsonProperty("ContractID") Long contractID,
        @JsonProperty("RelationType") String relationType,
        @JsonProperty("RelatedTicketId") Long relatedTicketId) {

    /** {@code TicketPriority} as a {@link TicketPriority}; {@link TicketPriority#UNKNOWN} for a value this client does not know. */
    public TicketPriority ticketPriorityEnum() {
        return Lenient.parse(TicketPriority.class, ticketPriority);
    }

    /** {@code TicketImpact} as a {@link TicketImpact}; {@link TicketImpact#UNKNOWN} for a value this client does not know. */
    public TicketImpact ticketImpactEnum() {
        return Lenient.parse(TicketImpact.class, ticketImpact);
    }

    /** {@code TicketType} as a {@link TicketType}; {@link TicketType#UNKNOWN} for a value this client does not know. */
    public TicketType ticketTypeEnum() {
        return Lenient.parse(TicketType.class, ticketType);
    }
}
