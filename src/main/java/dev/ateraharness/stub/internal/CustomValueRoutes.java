package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ateraharness.stub.internal.CustomFields.Field;
import dev.ateraharness.stub.internal.CustomFields.Target;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Custom values ({@code /customvalues/...}): for each of the ten targets, GET one field, GET all fields, and set one
 * field with PUT or POST {@code {"Value":"..."}} (200 {@code Result} whose ActionID is the value's id); and GET by a
 * value's id. Every field of {@link CustomFields} has a value on every existing item: a generated one until a value
 * is set, then what was set (read back by all three GETs). Values are checked against the field's data type
 * (Numeric a number, Boolean true/false, Date an ISO date or date-time, Options one of the option values or texts);
 * a bad value or a field the target does not have is 400. {@code "Value": null} clears the value.
 */
final class CustomValueRoutes {

    /** Set values by value id: bounded, so a client cannot grow the stub's memory without limit. */
    static final class Store {
        static final int MAX_VALUES = 100_000;
        private final ConcurrentHashMap<UUID, Stored> values = new ConcurrentHashMap<>();

        record Stored(String value) {
        }

        Stored get(UUID id) {
            return values.get(id);
        }

        void put(UUID id, String value) {
            if (values.size() >= MAX_VALUES && !values.containsKey(id)) {
                throw new BadRequest("The stub holds at most " + MAX_VALUES + " set custom values.");
            }
            values.put(id, new Stored(value));
        }
    }

    private CustomValueRoutes() {
    }

    static void register(List<Route> r) {
        for (Target t : CustomFields.TARGETS) {
            String one = "/customvalues/" + t.word() + "field/{" + param(t) + "}/{fieldName}";
            r.add(Route.of("GET", one, c -> readOne(c, t)));
            r.add(Route.of("PUT", one, c -> set(c, t)));
            r.add(Route.of("POST", one, c -> set(c, t)));
            r.add(Route.of("GET", "/customvalues/" + t.word() + "fields/{" + param(t) + "}", c -> readAll(c, t)));
        }
        r.add(Route.of("GET", "/customvalues/{customValueId}", CustomValueRoutes::byId));
    }

    private static String param(Target t) {
        return switch (t.word()) {
            case "snmp", "tcp", "http", "generic" -> t.word() + "DeviceId";
            default -> t.word() + "Id";
        };
    }

    private static Reply readOne(Call c, Target t) {
        long item = c.id(0);
        Field f = field(c, t);
        if (!exists(c, t, item)) {
            return missing(c, t, item);
        }
        ArrayNode a = Generators.F.arrayNode();
        a.add(render(c, t, f, item));
        return array(a);
    }

    private static Reply readAll(Call c, Target t) {
        long item = c.id(0);
        if (!exists(c, t, item)) {
            return missing(c, t, item);
        }
        ArrayNode a = Generators.F.arrayNode();
        for (Field f : CustomFields.of(t)) {
            a.add(render(c, t, f, item));
        }
        return array(a);
    }

    private static Reply byId(Call c) {
        UUID id;
        try {
            id = UUID.fromString(c.params()[0]);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("The value '" + c.params()[0] + "' is not valid for customValueId.");
        }
        Object[] parts = CustomFields.decode(id);
        if (parts == null || !exists(c, (Target) parts[0], (Long) parts[2])) {
            return UnknownIds.reply(c, "Custom value " + id + " was not found.", () -> Reply.json(200, "[]"));
        }
        ArrayNode a = Generators.F.arrayNode();
        a.add(render(c, (Target) parts[0], (Field) parts[1], (Long) parts[2]));
        return array(a);
    }

    private static Reply set(Call c, Target t) {
        long item = c.id(0);
        Field f = field(c, t);
        if (!exists(c, t, item)) {
            return missing(c, t, item);
        }
        ObjectNode in = Body.object(c.body(), false);
        JsonNode v = in.get("Value");
        String value;
        if (v == null || v.isNull()) {
            value = null;
        } else if (v.isTextual()) {
            value = normalise(f, v.asText());
        } else {
            throw new BadRequest("The JSON value " + v + " could not be converted for Value (a string).");
        }
        UUID id = CustomFields.valueId(t, f, item);
        c.data().customValues.put(id, value);
        return Reply.json(200, "{\"ActionID\":\"" + id + "\"}");
    }

    private static Field field(Call c, Target t) {
        String name = URLDecoder.decode(c.params()[1].replace("+", "%2B"), StandardCharsets.UTF_8);
        Field f = CustomFields.find(t, name);
        if (f == null) {
            throw new BadRequest("No custom field '" + name + "' is defined for " + t.name() + " (see GET /customvalues/customfields).");
        }
        return f;
    }

    private static boolean exists(Call c, Target t, long item) {
        if (t.table() == null) {
            return item >= 1 && item <= CustomFields.SLAS;
        }
        return c.data().table(t.table()).get(item) != null;
    }

    private static Reply missing(Call c, Target t, long item) {
        return UnknownIds.reply(c, t.name() + " " + item + " was not found.",
                c.method().equals("GET") ? () -> Reply.json(200, "[]") : null);
    }

    /** The stored text of a value, checked against the field's type; throws 400 when it does not fit. */
    private static String normalise(Field f, String raw) {
        String v = raw.trim();
        switch (f.dataType()) {
            case "Numeric" -> {
                try {
                    return new BigDecimal(v).toPlainString();
                } catch (NumberFormatException e) {
                    throw new BadRequest("'" + abbreviate(raw) + "' is not a number (field " + f.name() + " is Numeric).");
                }
            }
            case "Boolean" -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw new BadRequest("'" + abbreviate(raw) + "' is not true or false (field " + f.name() + " is Boolean).");
                }
                return v.toLowerCase(Locale.ROOT);
            }
            case "Date" -> {
                try {
                    return v.length() == 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC).toString()
                            : ReadRoutes.iso(QueryFilters.dateTime(v, "Value"));
                } catch (RuntimeException e) {
                    throw new BadRequest("'" + abbreviate(raw) + "' is not a date (field " + f.name() + " is Date).");
                }
            }
            case "Options", "OptionsWithDependencies" -> {
                for (String[] o : f.options()) {
                    if (o[0].equalsIgnoreCase(v) || o[1].equalsIgnoreCase(v)) {
                        return o[0];
                    }
                }
                throw new BadRequest("'" + abbreviate(raw) + "' is not an option of " + f.name() + ".");
            }
            default -> {
                return raw;
            }
        }
    }

    /** The generated value of a field no one has set: stable per (field, item). */
    private static String generated(Field f, long item) {
        return switch (f.dataType()) {
            case "Numeric" -> String.valueOf(1 + item % 50);
            case "Boolean" -> item % 3 == 0 ? "true" : "false";
            case "Date" -> ReadRoutes.iso(Generators.BASE_EPOCH_S + (item % 700) * 86_400L);
            case "Options", "OptionsWithDependencies" -> f.options().get((int) (item % f.options().size()))[0];
            default -> f.name().substring(0, 2).toUpperCase(Locale.ROOT) + "-" + item;
        };
    }

    /** A CustomValueDto. */
    private static ObjectNode render(Call c, Target t, Field f, long item) {
        UUID id = CustomFields.valueId(t, f, item);
        Store.Stored s = c.data().customValues.get(id);
        String v = s == null ? generated(f, item) : s.value();
        ObjectNode o = Generators.F.objectNode();
        o.put("ItemId", item);
        o.put("Id", id.toString());
        o.put("FieldName", f.name());
        if (v == null) {
            o.putNull("ValueAsString");
        } else {
            o.put("ValueAsString", v);
        }
        o.put("ValueAsDecimal", v != null && f.dataType().equals("Numeric") ? Double.parseDouble(v) : 0.0);
        if (v != null && f.dataType().equals("Date")) {
            o.put("ValueAsDateTime", v);
        } else {
            o.putNull("ValueAsDateTime");
        }
        o.put("ValueAsBool", v != null && f.dataType().equals("Boolean") && v.equals("true"));
        if (v != null && f.dataType().startsWith("Options")) {
            o.put("OptionId", CustomFields.optionId(f, v).toString());
        } else {
            o.putNull("OptionId");
        }
        return o;
    }

    private static Reply array(ArrayNode a) {
        try {
            return Reply.json(200, SettingsJson.MAPPER.writeValueAsBytes(a));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
