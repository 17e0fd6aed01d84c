package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The stub's custom field definitions (CustomFieldDto): one field per target Atera names, one of each data type,
 * and the ten path words of {@code /customvalues/{word}field/...} with the entity table that holds their items.
 * Guarantees: a field is found by target and name ignoring case; every definition has a stable index, so a custom
 * value's id can carry (target, field, item) without any stored index.
 */
final class CustomFields {

    /** One definition; {@code options} are (value, text) pairs for the Options type, else empty. */
    record Field(int index, String name, String dataType, String target, List<String[]> options) {
    }

    /** A path word ({@code ticket}, {@code snmp}...), its CustomFieldTargetDto value and its table (null: SLA). */
    record Target(int index, String word, String name, String table) {
    }

    static final List<Target> TARGETS = List.of(
            new Target(0, "ticket", "Ticket", "tickets"),
            new Target(1, "customer", "Customer", "customers"),
            new Target(2, "contact", "Contact", "contacts"),
            new Target(3, "contract", "Contract", "contracts"),
            new Target(4, "sla", "SLA", null),
            new Target(5, "agent", "Agent", "agents"),
            new Target(6, "snmp", "SNMPDevice", "snmpdevices"),
            new Target(7, "tcp", "TCPDevice", "tcpdevices"),
            new Target(8, "http", "HTTPDevice", "httpdevices"),
            new Target(9, "generic", "GenericDevice", "genericdevices"));

    static final List<Field> FIELDS = List.of(
            new Field(0, "Contract reference", "Text", "Customer", List.of()),
            new Field(1, "VIP", "Boolean", "Contact", List.of()),
            new Field(2, "Seats", "Numeric", "Contract", List.of()),
            new Field(3, "Warranty end", "Date", "Agent", List.of()),
            new Field(4, "Channel", "Options", "Ticket", List.of(new String[] {"email", "Email"},
                    new String[] {"phone", "Phone"})),
            new Field(5, "Escalation contact", "Text", "SLA", List.of()),
            new Field(6, "Rack", "Text", "SNMPDevice", List.of()),
            new Field(7, "Service owner", "Text", "TCPDevice", List.of()),
            new Field(8, "Check interval", "Numeric", "HTTPDevice", List.of()),
            new Field(9, "Critical", "Boolean", "GenericDevice", List.of()));

    /** SLAs have no list route in the document: the stub has this many (ids 1..n). */
    static final int SLAS = 3;

    private CustomFields() {
    }

    static Target target(String word) {
        for (Target t : TARGETS) {
            if (t.word().equals(word)) {
                return t;
            }
        }
        throw new IllegalArgumentException(word);
    }

    static List<Field> of(Target t) {
        return FIELDS.stream().filter(f -> f.target().equals(t.name())).toList();
    }

    static Field find(Target t, String name) {
        for (Field f : of(t)) {
            if (f.name().equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        return null;
    }

    /** A custom value's id: a fixed prefix, the target and field indexes, and the item id. */
    static UUID valueId(Target t, Field f, long item) {
        return new UUID(0xA7E2_0000_0000_4000L | ((long) t.index() << 32) | ((long) f.index() << 16), item);
    }

    /** The (target, field, item) of a value id, or null if the id is not one of the stub's. */
    static Object[] decode(UUID id) {
        long msb = id.getMostSignificantBits();
        if ((msb & 0xFFFF_0000_0000_FFFFL) != 0xA7E2_0000_0000_4000L) {
            return null;
        }
        int t = (int) ((msb >>> 32) & 0xFFFF);
        int f = (int) ((msb >>> 16) & 0xFFFF);
        if (t >= TARGETS.size() || f >= FIELDS.size() || !FIELDS.get(f).target().equals(TARGETS.get(t).name())) {
            return null;
        }
        return new Object[] {TARGETS.get(t), FIELDS.get(f), id.getLeastSignificantBits()};
    }

    /** An option's id (stable per field and value). */
    static UUID optionId(Field f, String value) {
        return UUID.nameUUIDFromBytes((f.name() + "\u0000" + value.toLowerCase(Locale.ROOT)).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The catalogue as {@code GET /customvalues/customfields} returns it. */
    static byte[] catalogue() {
        ArrayNode a = Generators.F.arrayNode();
        for (Field f : FIELDS) {
            ObjectNode o = a.addObject();
            o.put("Name", f.name());
            o.put("DataType", f.dataType());
            o.put("Target", f.target());
            if (f.options().isEmpty()) {
                o.putNull("PossibleValues");
            } else {
                ArrayNode v = o.putArray("PossibleValues");
                for (String[] opt : f.options()) {
                    v.addObject().put("Value", opt[0]).put("Text", opt[1]).putNull("ParentName");
                }
            }
            o.putNull("ParentAttributeName");
        }
        return json(a);
    }

    private static byte[] json(ArrayNode a) {
        try {
            return SettingsJson.MAPPER.writeValueAsBytes(a);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
