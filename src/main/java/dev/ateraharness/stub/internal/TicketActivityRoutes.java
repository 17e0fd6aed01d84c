package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What hangs off one ticket besides comments: adding work hours ({@code POST /tickets/{id}/workhours}, 201
 * {@code Result}; the record then shows in the ticket's work-hour records, {@code /workhours} and every duration
 * summary), relations ({@code POST /tickets/{id}/relations} 201, {@code DELETE .../relations/{relationType}} 204;
 * shown on both tickets with {@code includeRelations=true}) and attachments ({@code GET /tickets/{id}/attachments}:
 * URL strings, generated; the document has no upload for tickets).
 */
final class TicketActivityRoutes {

    static final Map<String, Object> WORK_HOURS = Map.of("StartWorkHour", Body.Kind.DATETIME,
            "EndWorkHour", Body.Kind.DATETIME, "TechnicianContactID", Body.Kind.LONG, "TechnicianEmail", Body.Kind.STRING,
            "Billiable", Body.Kind.BOOL, "OnCustomerSite", Body.Kind.BOOL, "Description", Body.Kind.STRING,
            "RateID", Body.Kind.INT);
    private static final String[] RELATION = {"None", "Parent", "Child"};

    private TicketActivityRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("POST", "/tickets/{ticketId}/workhours", TicketActivityRoutes::addWorkHours));
        r.add(Route.of("POST", "/tickets/{ticketId}/relations", TicketActivityRoutes::addRelation));
        r.add(Route.of("DELETE", "/tickets/{ticketId}/relations/{relationType}", TicketActivityRoutes::removeRelation));
        r.add(Route.of("GET", "/tickets/{ticketId}/attachments", TicketActivityRoutes::attachments));
    }

    private static Reply addWorkHours(Call c) {
        long ticketId = c.id(0);
        Row ticket = c.data().table("tickets").get(ticketId);
        if (ticket == null) {
            return UnknownIds.reply(c, "Ticket " + ticketId + " was not found.");
        }
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, WORK_HOURS, n);
        if (!n.hasNonNull("StartWorkHour") || !n.hasNonNull("EndWorkHour")) {
            throw new BadRequest("StartWorkHour and EndWorkHour are required.");
        }
        long start = DataStore.epoch(n, "StartWorkHour");
        long end = DataStore.epoch(n, "EndWorkHour");
        if (end <= start) {
            throw new BadRequest("EndWorkHour must be after StartWorkHour.");
        }
        Double amount = null;
        if (n.hasNonNull("RateID")) {
            Row rate = c.data().table("products").get(n.get("RateID").asLong());
            if (rate == null) {
                throw new BadRequest("Rate " + n.get("RateID").asInt() + " does not exist.");
            }
            amount = rate.node.path("Amount").asDouble();
        }
        Double rateAmount = amount;
        long id = c.data().table("workhours").insert(newId -> {
            ObjectNode o = Generators.F.objectNode();
            o.put("WorkHoursID", newId);
            o.put("TicketID", ticketId);
            o.put("CustomerID", ticket.node.path("CustomerID").asLong());
            if (ticket.node.hasNonNull("EndUserID")) {
                o.put("EndUserID", ticket.node.get("EndUserID").asLong());
            } else {
                o.putNull("EndUserID");
            }
            o.put("StartWorkHour", n.get("StartWorkHour").asText());
            o.put("EndWorkHour", n.get("EndWorkHour").asText());
            if (n.hasNonNull("TechnicianContactID")) {
                long tech = n.get("TechnicianContactID").asLong();
                o.put("TechnicianContactID", tech);
                o.put("TechnicianFullName", Generators.techName(tech));
                o.put("TechnicianEmail", n.hasNonNull("TechnicianEmail") ? n.get("TechnicianEmail").asText()
                        : "tech" + tech + "@msp.example.com");
            } else {
                o.putNull("TechnicianContactID");
                o.putNull("TechnicianFullName");
                o.put("TechnicianEmail", Body.text(n, "TechnicianEmail"));
            }
            o.put("Billiable", n.path("Billiable").asBoolean(false));
            o.put("OnCustomerSite", n.path("OnCustomerSite").asBoolean(false));
            o.put("Description", Body.text(n, "Description"));
            if (rateAmount == null) {
                o.putNull("RateID");
                o.putNull("RateAmount");
            } else {
                o.put("RateID", n.get("RateID").asInt());
                o.put("RateAmount", rateAmount);
            }
            return o;
        }, start, ticketId);
        return Crud.actionId(201, id);
    }

    private static Reply addRelation(Call c) {
        long id = c.id(0);
        Table t = c.data().table("tickets");
        Row ticket = t.get(id);
        if (ticket == null) {
            return UnknownIds.reply(c, "Ticket " + id + " was not found.");
        }
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, Map.of("RelatedTicketId", Body.Kind.LONG, "RelationType", RELATION), n);
        if (!n.hasNonNull("RelatedTicketId")) {
            throw new BadRequest("RelatedTicketId is required.");
        }
        String type = Body.text(n, "RelationType");
        if (type == null || type.equals("None")) {
            throw new BadRequest("RelationType must be Parent or Child.");
        }
        long related = n.get("RelatedTicketId").asLong();
        Row other = t.get(related);
        if (other == null || related == id) {
            throw new BadRequest(related == id ? "A ticket cannot be related to itself."
                    : "Related ticket " + related + " does not exist.");
        }
        relate(c, t, ticket, type, related);
        relate(c, t, other, type.equals("Parent") ? "Child" : "Parent", id);
        return Crud.actionId(201, id);
    }

    private static Reply removeRelation(Call c) {
        long id = c.id(0);
        String type = null;
        for (String v : RELATION) {
            if (v.equalsIgnoreCase(c.params()[1])) {
                type = v;
            }
        }
        if (type == null || type.equals("None")) {
            throw new BadRequest("The value '" + c.params()[1] + "' is not valid for relationType (Parent, Child).");
        }
        Table t = c.data().table("tickets");
        Row ticket = t.get(id);
        if (ticket == null) {
            return UnknownIds.reply(c, "Ticket " + id + " was not found.");
        }
        if (type.equals(ticket.node.path("RelationType").asText())) {
            long related = ticket.node.path("RelatedTicketId").asLong();
            relate(c, t, ticket, null, 0);
            Row other = t.get(related);
            if (other != null && other.node.path("RelatedTicketId").asLong() == id) {
                relate(c, t, other, null, 0);
            }
        }
        // no relation of that type: nothing to remove, and a DELETE is idempotent
        return Reply.empty(204);
    }

    /** Sets (or with a null type, clears) a ticket's one relation. */
    private static void relate(Call c, Table t, Row row, String type, long related) {
        ObjectNode n = row.node.deepCopy();
        if (type == null) {
            n.remove("RelationType");
            n.remove("RelatedTicketId");
        } else {
            n.put("RelationType", type);
            n.put("RelatedTicketId", related);
        }
        t.replace(row.id, n, c.nowEpochS());
    }

    private static Reply attachments(Call c) {
        long id = c.id(0);
        if (c.data().table("tickets").get(id) == null) {
            return UnknownIds.reply(c, "Ticket " + id + " was not found.", () -> Reply.json(200, "[]"));
        }
        ArrayNode a = Generators.F.arrayNode();
        for (int i = 1; i <= id % 3; i++) {
            a.add("https://attachments.example.com/tickets/" + id + "/attachment-" + i + (i == 1 ? ".png" : ".pdf"));
        }
        return Reply.json(200, bytes(a));
    }

    private static byte[] bytes(ArrayNode a) {
        try {
            return SettingsJson.MAPPER.writeValueAsBytes(a);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
