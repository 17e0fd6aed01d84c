package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The query parameters of the paged GETs read as filters (customerId, ticketStatus, alertStatus, Email, Phone,
 * FromLastModifiedDate, date ranges, booleans): a bad value is a {@link BadRequest} (400) naming the parameter;
 * an absent or blank one filters nothing (null).
 */
final class QueryFilters {

    private QueryFilters() {
    }

    static Predicate<ObjectNode> ticketFilter(Call c) {
        String cust = c.query().get("customerId");
        String status = c.query().get("ticketStatus");
        Long custId = cust == null || cust.isBlank() ? null : number(cust, "customerId");
        if (custId == null && (status == null || status.isBlank())) {
            return null; // no filter: pages come straight from the table, never a copy of it
        }
        return n -> (custId == null || n.path("CustomerID").asLong() == custId)
                && (status == null || status.isBlank() || n.path("TicketStatus").asText().equalsIgnoreCase(status));
    }

    static Predicate<ObjectNode> deviceFilter(Call c) {
        String cust = c.query().get("customerId");
        String agent = c.query().get("monitoringAgentId");
        Long custId = cust == null || cust.isBlank() ? null : number(cust, "customerId");
        Long agentId = agent == null || agent.isBlank() ? null : number(agent, "monitoringAgentId");
        if (custId == null && agentId == null) {
            return null;
        }
        return n -> (custId == null || n.path("CustomerID").asLong() == custId)
                && (agentId == null || n.path("MonitoringAgentID").asLong() == agentId);
    }

    static Predicate<ObjectNode> alertStatus(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "open" -> n -> !n.path("Archived").asBoolean() && n.path("SnoozedEndDate").isNull();
            case "resolved" -> n -> n.path("Archived").asBoolean();
            case "snoozed" -> n -> !n.path("Archived").asBoolean() && !n.path("SnoozedEndDate").isNull();
            default -> throw new BadRequest("The value '" + s + "' is not valid for alertStatus (Open, Resolved, Snoozed).");
        };
    }

    static Predicate<ObjectNode> contactFilter(Call c) {
        String email = lower(c.query().get("Email"));
        String phone = lower(c.query().get("Phone"));
        Predicate<ObjectNode> since = fromLastModified(c);
        if (email == null && phone == null && since == null) {
            return null;
        }
        return n -> (email == null || n.path("Email").asText().toLowerCase(Locale.ROOT).contains(email))
                && (phone == null || n.path("Phone").asText().toLowerCase(Locale.ROOT).contains(phone)
                    || n.path("MobilePhone").asText().toLowerCase(Locale.ROOT).contains(phone))
                && (since == null || since.test(n));
    }

    static Predicate<ObjectNode> fromLastModified(Call c) {
        String v = c.query().get("FromLastModifiedDate");
        if (v == null || v.isBlank()) {
            return null;
        }
        long since = dateTime(v, "FromLastModifiedDate");
        return n -> DataStore.epoch(n, "LastModified") >= since;
    }

    static Predicate<ObjectNode> dateRange(Call c, String fromName, String toName, String field) {
        String from = c.query().get(fromName);
        String to = c.query().get(toName);
        Long f = from == null || from.isBlank() ? null : dateTime(from, fromName);
        Long t = to == null || to.isBlank() ? null : dateTime(to, toName);
        // a bare date as the upper bound includes that whole day
        Long tEnd = t == null ? null : (to.trim().length() == 10 ? t + 86_400L : t + 1);
        if (f == null && t == null) {
            return null;
        }
        return n -> {
            long e = DataStore.epoch(n, field);
            return (f == null || e >= f) && (tEnd == null || e < tEnd);
        };
    }

    static long dateTime(String v, String name) {
        String t = v.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return java.time.OffsetDateTime.parse(t).toEpochSecond();
            }
            return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadRequest("The value '" + v + "' is not valid for " + name + " (expected yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss).");
        }
    }

    static boolean bool(Call c, String name) {
        String v = c.query().get(name);
        if (v == null || v.isBlank()) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new BadRequest("The value '" + v + "' is not valid for " + name + ".");
    }

    static long number(String v, String name) {
        try {
            return Digits.parseLong(v.trim()); // hook(h10s): ASCII digits only
        } catch (NumberFormatException e) {
            throw new BadRequest("The value '" + v + "' is not valid for " + name + ".");
        }
    }

    static String lower(String s) {
        return s == null || s.isBlank() ? null : s.toLowerCase(Locale.ROOT);
    }
}
