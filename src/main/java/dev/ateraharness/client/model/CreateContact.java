package dev.ateraharness.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a write: Atera's {@code CreateContactRequest}, with its exact field names. Null components are not sent, so
 * pass null for what you do not set. Enum-like fields are strings (e.g. {@code TicketPriority.HIGH.wire()}).
 * Nothing is validated here: the server answers 400 for a missing required field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateContact(
        @JsonProperty("Email") String email,
        @JsonProperty("CustomerID") Long customerID,
        @JsonProperty("CustomerName") String customerName,
        @JsonProperty("Firstname") String firstname,
        @JsonProperty("Lastname") String lastname,
        @JsonProperty("JobTitle") String jobTitle,
        @JsonProperty("Phone") String phone,
        @JsonProperty("MobilePhone") String mobilePhone,
        @JsonProperty("IsContactPerson") Boolean isContactPerson,
        @JsonProperty("InIgnoreMode") Boolean inIgnoreMode,
        @JsonProperty("CreatedOn") String createdOn,
        @JsonProperty("DepartmentID") Long departmentID,
        @JsonProperty("DepartmentName") String departmentName,
        @JsonProperty("DefaultAgentId") Long defaultAgentId) {
}
