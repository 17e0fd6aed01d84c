package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The ticket time summaries, computed from the ticket's work-hour records: {@code GET /tickets/{id}/workhours}
 * (TicketWorkHoursSummaryDto), {@code GET /tickets/{id}/billableduration} and {@code nonbillableduration}
 * (TicketDurationsDto), and {@code POST /tickets/billableduration} (a JSON array of up to 50 ticket ids; unknown ids
 * are left out) and {@code POST /tickets/billableworkhourssiteduration} (the same ids; billable seconds on and off
 * site). The stub has no SLA calendar, so all time counts as on-SLA ({@code OffSLADurationHours} 0).
 */
final class DurationRoutes {

    static final int MAX_IDS = 50;

    private DurationRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("GET", "/tickets/{ticketId}/workhours", c -> forTicket(c, id -> {
            ObjectNode o = Generators.F.objectNode();
            o.put("TicketID", id);
            o.set("Billable", durations(c, id, true));
            o.set("NonBillable", durations(c, id, false));
            return o;
        })));
        r.add(Route.of("GET", "/tickets/{ticketId}/billableduration",
                c -> forTicket(c, id -> durations(c, id, true))));
        r.add(Route.of("GET", "/tickets/{ticketId}/nonbillableduration",
                c -> forTicket(c, id -> durations(c, id, false))));
        r.add(Route.of("POST", "/tickets/billableduration", DurationRoutes::billableForMany));
        r.add(Route.of("POST", "/tickets/billableworkhourssiteduration", DurationRoutes::siteSecondsForMany));
    }

    private static Reply forTicket(Call c, LongFunction<JsonNode> view) {
        long id = c.id(0);
        if (c.data().table("tickets").get(id) == null) {
            return UnknownIds.reply(c, "Ticket " + id + " was not found.", () -> json(view.apply(id)));
        }
        return json(view.apply(id));
    }

    private static Reply billableForMany(Call c) {
        ArrayNode out = Generators.F.arrayNode();
        for (long id : ids(c.body())) {
            if (c.data().table("tickets").get(id) != null) {
                out.add(durations(c, id, true));
            }
        }
        return json(out);
    }

    /** TicketsWorkHoursSiteDurationSummaryDto: billable seconds on and off site per known ticket. */
    private static Reply siteSecondsForMany(Call c) {
        ObjectNode o = Generators.F.objectNode();
        ArrayNode out = o.putArray("TicketsWorkHoursSiteDurationSummaries");
        for (long id : ids(c.body())) {
            if (c.data().table("tickets").get(id) != null) {
                ObjectNode d = durations(c, id, true);
                int on = (int) Math.round(d.get("OnSiteDurationHours").asDouble() * 3600);
                int off = (int) Math.round(d.get("OffSiteDurationHours").asDouble() * 3600);
                out.addObject().put("TicketID", id).put("TotalDurationSeconds", on + off)
                        .put("OnSiteDurationSeconds", on).put("OffSiteDurationSeconds", off);
            }
        }
        return json(o);
    }

    private static long[] ids(byte[] body) {
        JsonNode n;
        try {
            n = body.length == 0 ? null : SettingsJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new BadRequest("The request body is not valid JSON.");
        }
        if (n == null || !n.isArray()) {
            throw new BadRequest("The request body must be a JSON array of ticket ids.");
        }
        if (n.size() > MAX_IDS) {
            throw new BadRequest("At most " + MAX_IDS + " ticket ids are allowed, not " + n.size() + ".");
        }
        long[] ids = new long[n.size()];
        for (int i = 0; i < ids.length; i++) {
            JsonNode v = n.get(i);
            if (!v.canConvertToExactIntegral() || !v.canConvertToLong()) {
                throw new BadRequest("The value '" + v + "' is not a valid ticket id.");
            }
            ids[i] = v.asLong();
        }
        return ids;
    }

    /** The TicketDurationsDto of one ticket's billable or non-billable records. */
    private static ObjectNode durations(Call c, long ticket, boolean billable) {
        double onSite = 0;
        double offSite = 0;
        for (Row row : c.data().table("workhours").all()) {
            if (row.parent != ticket || row.node.path("Billiable").asBoolean() != billable) {
                continue;
            }
            double hours = (DataStore.epoch(row.node, "EndWorkHour") - DataStore.epoch(row.node, "StartWorkHour")) / 3600.0;
            if (row.node.path("OnCustomerSite").asBoolean()) {
                onSite += hours;
            } else {
                offSite += hours;
            }
        }
        ObjectNode o = Generators.F.objectNode();
        o.put("ticketId", ticket);
        o.put("TotalDurationHours", onSite + offSite);
        o.put("OnSiteDurationHours", onSite);
        o.put("OffSiteDurationHours", offSite);
        o.put("OnSLADurationHours", onSite + offSite);
        o.put("OffSLADurationHours", 0.0);
        return o;
    }

    private static Reply json(JsonNode n) {
        try {
            return Reply.json(200, SettingsJson.MAPPER.writeValueAsBytes(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
