package dev.ateraharness.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entity list to sync: its route name ({@code tickets}, served at {@code /tickets}) and its item count.
 *
 * @param name  the list route, lowercase, e.g. {@code tickets}, {@code agents}, {@code customers}
 * @param items the total item count the server reports ({@code totalItemCount})
 */
public record Entity(String name, long items) {

    private static final Map<String, String> ID_FIELDS = Map.of(
            "tickets", "TicketID",
            "agents", "AgentID",
            "customers", "CustomerID",
            "contacts", "EndUserID",
            "alerts", "AlertID",
            "contracts", "ContractID");

    public Entity {
        if (name == null || !name.matches("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*")) {
            throw new IllegalArgumentException("bad entity name '" + name + "' (expected e.g. tickets)");
        }
        if (items < 0) {
            throw new IllegalArgumentException("entity " + name + " has a negative item count");
        }
    }

    /** Requests a complete sync needs at this page size: ceil(items / pageSize), and 1 for an empty list. */
    public long requests(int itemsInPage) {
        return Math.max(1, Floor.ceilDiv(items, itemsInPage));
    }

    /** The PascalCase id property of one item ({@code TicketID} for tickets). */
    public String idField() {
        String known = ID_FIELDS.get(name);
        if (known != null) {
            return known;
        }
        String last = name.substring(name.lastIndexOf('/') + 1);
        String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
        return Character.toUpperCase(singular.charAt(0)) + singular.substring(1) + "ID";
    }

    /** Parses {@code tickets=100000,agents=5000,customers=300} (order kept; a name may appear once). */
    public static List<Entity> parseList(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no entities given (expected e.g. tickets=100000,agents=5000)");
        }
        Map<String, Entity> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("bad entity '" + part + "' (expected name=count)");
            }
            String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            long count;
            try {
                count = Long.parseLong(part.substring(eq + 1).trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad item count in '" + part + "'");
            }
            if (out.put(name, new Entity(name, count)) != null) {
                throw new IllegalArgumentException("entity '" + name + "' given twice");
            }
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }

    /** The same entities scaled to a fraction of their size (rounded, at least 0). */
    public static List<Entity> scale(List<Entity> entities, double factor) {
        return entities.stream().map(e -> new Entity(e.name, Math.round(e.items * factor))).toList();
    }
}
