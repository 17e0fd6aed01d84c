package dev.ateraharness.stub.internal;

import static dev.ateraharness.stub.internal.WriteFields.ALERT;
import static dev.ateraharness.stub.internal.WriteFields.COMMENT;
import static dev.ateraharness.stub.internal.WriteFields.CONTACT;
import static dev.ateraharness.stub.internal.WriteFields.CUSTOMER;
import static dev.ateraharness.stub.internal.WriteFields.DEPARTMENT;
import static dev.ateraharness.stub.internal.WriteFields.RATE;
import static dev.ateraharness.stub.internal.WriteFields.TICKET_CREATE;
import static dev.ateraharness.stub.internal.WriteFields.TICKET_UPDATE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * CRUD for tickets, customers, contacts, alerts, rates (products, expenses) and departments, plus deletes of
 * agents and devices and ticket comments. Creates answer 201 {@code {"ActionID":"id"}}, updates 200 with the same
 * (POST or PUT), deletes 204; resolving an alert (PUT) 204. Unknown ids are 404.
 */
final class WriteRoutes {

    private WriteRoutes() {
    }

    static void register(List<Route> r) {
        // tickets
        r.add(Route.of("POST", "/tickets", WriteRoutes::createTicket));
        r.add(Route.of("POST", "/tickets/{ticketId}", c -> Crud.update(c, "tickets", TICKET_UPDATE, 200)));
        r.add(Route.of("PUT", "/tickets/{ticketId}", c -> Crud.update(c, "tickets", TICKET_UPDATE, 200)));
        r.add(Route.of("DELETE", "/tickets/{ticketId}", c -> Crud.delete(c, "tickets")));
        r.add(Route.of("POST", "/tickets/{ticketId}/comments", WriteRoutes::createComment));
        // customers
        r.add(Route.of("POST", "/customers", c -> Crud.create(c, "customers", CUSTOMER, new String[] {"CustomerName"},
                (id, n) -> {
                    n.put("CustomerID", id);
                    n.put("CreatedOn", ReadRoutes.iso(c.nowEpochS()));
                    n.put("LastModified", ReadRoutes.iso(c.nowEpochS()));
                })));
        r.add(Route.of("POST", "/customers/{customerId}", c -> Crud.update(c, "customers", CUSTOMER, 200)));
        r.add(Route.of("PUT", "/customers/{customerId}", c -> Crud.update(c, "customers", CUSTOMER, 200)));
        r.add(Route.of("DELETE", "/customers/{customerId}", c -> Crud.delete(c, "customers")));
        // contacts
        r.add(Route.of("POST", "/contacts", WriteRoutes::createContact));
        r.add(Route.of("POST", "/contacts/{contactId}", c -> Crud.update(c, "contacts", CONTACT, 200)));
        r.add(Route.of("PUT", "/contacts/{contactId}", c -> Crud.update(c, "contacts", CONTACT, 200)));
        r.add(Route.of("DELETE", "/contacts/{contactId}", c -> Crud.delete(c, "contacts")));
        // alerts
        r.add(Route.of("POST", "/alerts", c -> Crud.create(c, "alerts", ALERT, new String[] {"DeviceGuid"}, (id, n) -> {
            n.put("AlertID", id);
            n.put("Source", "API");
            n.put("Created", ReadRoutes.iso(c.nowEpochS()));
            n.put("Archived", false);
            if (!n.has("Severity")) {
                n.put("Severity", "Information");
            }
            if (!n.has("AlertCategoryID")) {
                n.put("AlertCategoryID", "General");
            }
        })));
        r.add(Route.of("PUT", "/alerts/{alertId}", WriteRoutes::resolveAlert));
        r.add(Route.of("DELETE", "/alerts/{alertId}", c -> Crud.delete(c, "alerts")));
        // rates
        for (String[] kind : new String[][] {{"products", "productId"}, {"expenses", "expenseId"}}) {
            String table = kind[0];
            r.add(Route.of("POST", "/rates/" + table, c -> Crud.create(c, table, RATE, new String[] {"Description", "Amount"},
                    (id, n) -> n.put("RateID", id.intValue()))));
            r.add(Route.of("PUT", "/rates/" + table + "/{" + kind[1] + "}", c -> Crud.update(c, table, RATE, 200)));
            r.add(Route.of("DELETE", "/rates/" + table + "/{" + kind[1] + "}", c -> Crud.delete(c, table)));
        }
        // departments
        r.add(Route.of("POST", "/departments", c -> Crud.create(c, "departments", DEPARTMENT, new String[] {"Name"},
                (id, n) -> n.put("Id", id))));
        r.add(Route.of("POST", "/departments/{departmentId}", c -> Crud.update(c, "departments", DEPARTMENT, 200)));
        r.add(Route.of("PUT", "/departments/{departmentId}", c -> Crud.update(c, "departments", DEPARTMENT, 200)));
        r.add(Route.of("DELETE", "/departments/{departmentId}", c -> Crud.delete(c, "departments")));
        // deletes only
        r.add(Route.of("DELETE", "/agents/{agentId}", c -> Crud.delete(c, "agents")));
        for (String d : new String[] {"generic", "tcp", "http", "snmp"}) {
            r.add(Route.of("DELETE", "/devices/" + d + "device/{deviceId}", c -> Crud.delete(c, d + "devices")));
        }
    }

    private static Reply createTicket(Call c) {
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, TICKET_CREATE, n);
        if (blank(Body.text(n, "TicketTitle"))) {
            throw new BadRequest("TicketTitle is required.");
        }
        JsonNodeText description = new JsonNodeText(in, "Description");
        if (blank(description.value)) {
            throw new BadRequest("Description is required.");
        }
        if (!n.hasNonNull("EndUserID") && blank(Body.text(n, "EndUserEmail"))) {
            throw new BadRequest("An end user is required: EndUserID, or EndUserEmail with names.");
        }
        Table contacts = c.data().table("contacts");
        long customer = 1;
        if (n.hasNonNull("EndUserID")) {
            Row contact = contacts.get(n.get("EndUserID").asLong());
            if (contact == null) {
                throw new BadRequest("End user " + n.get("EndUserID").asLong() + " does not exist.");
            }
            customer = contact.node.path("CustomerID").asLong(1);
            n.put("EndUserEmail", contact.node.path("Email").asText());
            n.put("EndUserFirstName", contact.node.path("Firstname").asText());
            n.put("EndUserLastName", contact.node.path("Lastname").asText());
        }
        long cust = customer;
        long id = c.data().table("tickets").insert(newId -> {
            ObjectNode t = Generators.F.objectNode();
            t.put("TicketID", newId);
            t.put("TicketNumber", String.valueOf(newId));
            t.setAll(n);
            putDefault(t, "TicketStatus", "Open");
            putDefault(t, "TicketPriority", "Medium");
            putDefault(t, "TicketImpact", "NoImpact");
            putDefault(t, "TicketType", "Incident");
            t.put("TicketSource", "API");
            t.put("TicketCreatedDate", ReadRoutes.iso(c.nowEpochS()));
            t.putNull("TicketResolvedDate");
            t.put("FirstComment", description.value);
            t.put("CustomerID", cust);
            t.put("CustomerName", c.data().gen.customerName(cust));
            return t;
        }, c.nowEpochS(), 0);
        return Crud.actionId(201, id);
    }

    /** Reads a string field without the typed table (Description is not a TicketDto field). */
    private record JsonNodeText(String value) {
        JsonNodeText(ObjectNode in, String field) {
            this(check(in, field));
        }

        private static String check(ObjectNode in, String field) {
            var v = in.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw new BadRequest("The JSON value could not be converted for " + field + ".");
            }
            return v.asText();
        }
    }

    private static Reply createContact(Call c) {
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, CONTACT, n);
        if (blank(Body.text(n, "Email"))) {
            throw new BadRequest("Email is required.");
        }
        if (!n.hasNonNull("CustomerID") && blank(Body.text(n, "CustomerName"))) {
            throw new BadRequest("CustomerID or CustomerName is required.");
        }
        if (n.hasNonNull("CustomerID") && c.data().table("customers").get(n.get("CustomerID").asLong()) == null) {
            throw new BadRequest("Customer " + n.get("CustomerID").asLong() + " does not exist.");
        }
        long id = c.data().table("contacts").insert(newId -> {
            ObjectNode t = Generators.F.objectNode();
            t.put("EndUserID", newId);
            t.setAll(n);
            t.put("CreatedOn", ReadRoutes.iso(c.nowEpochS()));
            t.put("LastModified", ReadRoutes.iso(c.nowEpochS()));
            return t;
        }, c.nowEpochS(), 0);
        return Crud.actionId(201, id);
    }

    private static Reply createComment(Call c) {
        long ticket = c.id(0);
        if (c.data().table("tickets").get(ticket) == null) {
            return UnknownIds.reply(c, "Ticket " + ticket + " was not found.");
        }
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, COMMENT, n);
        if (blank(Body.text(n, "CommentText"))) {
            throw new BadRequest("CommentText is required.");
        }
        boolean technician = in.has("TechnicianCommentDetails");
        long id = c.data().table("comments").insert(newId -> {
            ObjectNode t = Generators.F.objectNode();
            String when = n.hasNonNull("CommentTimestampUTC") ? n.get("CommentTimestampUTC").asText() : ReadRoutes.iso(c.nowEpochS());
            t.put("Date", when);
            t.put("Comment", n.get("CommentText").asText());
            t.put("CommentHtml", "<p>" + n.get("CommentText").asText() + "</p>");
            t.put("IsInternal", technician && in.path("TechnicianCommentDetails").path("IsInternal").asBoolean(false));
            return t;
        }, c.nowEpochS(), ticket);
        return Crud.actionId(200, id);
    }

    private static Reply resolveAlert(Call c) {
        long id = c.id(0);
        Table t = c.data().table("alerts");
        Row row = t.get(id);
        if (row == null) {
            return UnknownIds.reply(c, "Alert " + id + " was not found.");
        }
        ObjectNode n = row.node.deepCopy();
        n.put("Archived", true);
        n.put("ArchivedDate", ReadRoutes.iso(c.nowEpochS()));
        n.putNull("SnoozedEndDate");
        t.replace(id, n, c.nowEpochS());
        return Reply.empty(204);
    }

    private static void putDefault(ObjectNode n, String field, String value) {
        if (!n.hasNonNull(field)) {
            n.put(field, value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
