package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Parses and type-checks write bodies against a field table. Unknown fields are ignored (as ASP.NET does);
 * a field of the wrong JSON type, a bad enum or date is a 400; malformed JSON is a 400.
 */
final class Body {

    /** Field kinds; enums are given as String[] values in the tables. */
    enum Kind { STRING, INT, LONG, DOUBLE, BOOL, DATETIME, UUID }

    private Body() {
    }

    static ObjectNode object(byte[] body, boolean allowEmpty) {
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            if (allowEmpty) {
                return Generators.F.objectNode();
            }
            throw new BadRequest("A non-empty request body is required.");
        }
        JsonNode n;
        try {
            n = SettingsJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest(JsonProblems.detail(e)); // hook(h10s): no parser internals in details
        } catch (java.io.IOException e) {
            throw new BadRequest("The request body could not be read.");
        }
        if (n == null || !n.isObject()) {
            throw new BadRequest("The request body must be a JSON object.");
        }
        return (ObjectNode) n;
    }

    /** Checks every known field present in {@code in}, and copies them (nulls included) onto {@code target}. */
    static void apply(ObjectNode in, Map<String, Object> fields, ObjectNode target) {
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            JsonNode v = in.get(f.getKey());
            if (v == null) {
                continue;
            }
            if (v.isNull()) {
                target.putNull(f.getKey());
                continue;
            }
            Object kind = f.getValue();
            String name = f.getKey();
            if (kind instanceof String[] values) {
                String match = null;
                if (v.isTextual()) {
                    for (String e : values) {
                        if (e.equalsIgnoreCase(v.asText())) {
                            match = e;
                        }
                    }
                } else if (v.isIntegralNumber() && v.asInt() >= 0 && v.asInt() < values.length) {
                    match = values[v.asInt()];
                }
                if (match == null) {
                    throw new BadRequest("The value " + v + " is not valid for " + name + ".");
                }
                target.put(name, match);
                continue;
            }
            switch ((Kind) kind) {
                case STRING -> {
                    require(v.isTextual(), name, v);
                    target.put(name, v.asText());
                }
                case INT -> {
                    require(v.isIntegralNumber() && v.canConvertToInt(), name, v);
                    target.put(name, v.intValue());
                }
                case LONG -> {
                    require(v.isIntegralNumber() && v.canConvertToLong(), name, v);
                    target.put(name, v.longValue());
                }
                case DOUBLE -> {
                    require(v.isNumber(), name, v);
                    target.put(name, v.doubleValue());
                }
                case BOOL -> {
                    require(v.isBoolean(), name, v);
                    target.put(name, v.booleanValue());
                }
                case DATETIME -> {
                    require(v.isTextual(), name, v);
                    target.put(name, ReadRoutes.iso(QueryFilters.dateTime(v.asText(), name)));
                }
                case UUID -> {
                    require(v.isTextual(), name, v);
                    try {
                        target.put(name, java.util.UUID.fromString(v.asText()).toString());
                    } catch (IllegalArgumentException e) {
                        throw new BadRequest("The value " + v + " is not valid for " + name + ".");
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private static void require(boolean ok, String name, JsonNode v) {
        if (!ok) {
            throw new BadRequest("The JSON value " + abbreviate(v.toString()) + " could not be converted for " + name + ".");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    static String text(ObjectNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
