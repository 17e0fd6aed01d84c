package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The generic writes every entity shares: create (201 {@code {"ActionID":"id"}}, required fields checked), update
 * (POST or PUT, 200 with the same; stamps LastModified and a ticket's resolved date), delete (204). Unknown ids are
 * 404 in the profile's envelope.
 */
final class Crud {

    /** Fills server-side fields of a new item. */
    interface Init {
        void init(Long id, ObjectNode node);
    }

    private Crud() {
    }

    static Reply create(Call c, String table, Map<String, Object> fields, String[] required, Init init) {
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, fields, n);
        for (String f : required) {
            if (!n.hasNonNull(f) || (n.get(f).isTextual() && n.get(f).asText().isBlank())) {
                throw new BadRequest(f + " is required.");
            }
        }
        long id = c.data().table(table).insert(newId -> {
            ObjectNode t = n.deepCopy();
            init.init(newId, t);
            return t;
        }, c.nowEpochS(), 0);
        return actionId(201, id);
    }

    static Reply update(Call c, String table, Map<String, Object> fields, int status) {
        long id = c.id(0);
        Table t = c.data().table(table);
        Row row = t.get(id);
        if (row == null) {
            return UnknownIds.reply(c, table + " item " + id + " was not found.");
        }
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = row.node.deepCopy();
        Body.apply(in, fields, n);
        if (n.has("LastModified")) {
            n.put("LastModified", ReadRoutes.iso(c.nowEpochS()));
        }
        if (table.equals("tickets")) {
            String s = n.path("TicketStatus").asText();
            boolean done = s.equals("Resolved") || s.equals("Closed");
            if (done && n.path("TicketResolvedDate").isNull()) {
                n.put("TicketResolvedDate", ReadRoutes.iso(c.nowEpochS()));
            }
        }
        if (!t.replace(id, n, c.nowEpochS())) {
            return UnknownIds.reply(c, table + " item " + id + " was not found.");
        }
        return actionId(status, id);
    }

    static Reply delete(Call c, String table) {
        long id = c.id(0);
        if (!c.data().table(table).delete(id)) {
            return UnknownIds.reply(c, table + " item " + id + " was not found.");
        }
        return Reply.empty(204);
    }

    static Reply actionId(int status, long id) {
        return Reply.json(status, "{\"ActionID\":\"" + id + "\"}");
    }
}
