package dev.ateraharness.stub.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typed fields each write accepts (from Atera's request schemas), as {@link Body#apply} reads them: a field
 * name to a {@link Body.Kind} or an enum's values. Fields not listed are ignored, as ASP.NET does.
 */
final class WriteFields {

    private static final Body.Kind S = Body.Kind.STRING;
    private static final Body.Kind L = Body.Kind.LONG;
    private static final Body.Kind I = Body.Kind.INT;
    private static final Body.Kind D = Body.Kind.DOUBLE;
    private static final Body.Kind B = Body.Kind.BOOL;
    private static final Body.Kind T = Body.Kind.DATETIME;

    static final Map<String, Object> TICKET_UPDATE = fields("TicketTitle", S, "TicketStatus", S,
            "TicketType", Generators.TICKET_TYPE, "TicketPriority", Generators.PRIORITY,
            "TicketImpact", Generators.IMPACT, "TechnicianContactID", L, "TechnicianEmail", S);
    static final Map<String, Object> TICKET_CREATE = fields("TicketTitle", S, "TicketStatus", S,
            "TicketType", Generators.TICKET_TYPE, "TicketPriority", Generators.PRIORITY,
            "TicketImpact", Generators.IMPACT, "TechnicianContactID", L, "TechnicianEmail", S,
            "EndUserID", L, "EndUserFirstName", S, "EndUserLastName", S, "EndUserEmail", S, "EndUserPhone", S);
    static final Map<String, Object> CUSTOMER = fields("CustomerName", S, "BusinessNumber", S, "Domain", S,
            "Address", S, "City", S, "State", S, "Country", S, "Phone", S, "Fax", S, "Notes", S, "Logo", S,
            "Links", S, "Longitude", D, "Latitude", D, "ZipCodeStr", S);
    static final Map<String, Object> CONTACT = fields("CustomerID", L, "CustomerName", S, "Firstname", S,
            "Lastname", S, "JobTitle", S, "Email", S, "Phone", S, "MobilePhone", S, "IsContactPerson", B,
            "InIgnoreMode", B);
    static final Map<String, Object> ALERT = fields("DeviceGuid", Body.Kind.UUID, "Title", S, "CustomerID", L,
            "Code", L, "Severity", Generators.SEVERITY, "SnoozedEndDate", T, "AdditionalInfo", S,
            "AlertCategoryID", Generators.ALERT_CATEGORY, "TicketID", L, "FolderID", L);
    static final Map<String, Object> RATE = fields("Description", S, "Amount", D, "SKU", S, "Category", S);
    static final Map<String, Object> DEPARTMENT = fields("Name", S, "Description", S);
    static final Map<String, Object> COMMENT = fields("CommentText", S, "CommentTimestampUTC", T);

    private WriteFields() {
    }

    private static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
