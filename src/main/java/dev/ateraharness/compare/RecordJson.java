package dev.ateraharness.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One history line: a {@link RunRecord} as compact JSON (schema 1; fields only added within a version). Samples
 * are written with three decimals; non-finite numbers as null.
 */
final class RecordJson {

    static final int SCHEMA = 1;
    static final ObjectMapper JSON = new ObjectMapper();

    private RecordJson() {
    }

    static String write(RunRecord r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("runId", r.runId());
        o.put("recordedAt", r.recordedAt().toString());
        o.put("source", r.source());
        o.put("commit", r.commit());
        o.put("fingerprint", r.fingerprint());
        o.put("passed", r.passed());
        ObjectNode settings = o.putObject("settings");
        r.settings().forEach(settings::put);
        ObjectNode figures = o.putObject("figures");
        for (FigureData f : r.figures()) {
            ObjectNode n = figures.putObject(f.name());
            n.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("unit", f.unit());
            n.put("higherIsWorse", f.higherIsWorse());
            switch (f.kind()) {
                case SAMPLES -> {
                    n.put("n", f.n());
                    ArrayNode a = n.putArray("samples");
                    for (double d : f.samples()) {
                        a.add(Math.round(d * 1000) / 1000.0);
                    }
                }
                case COUNT -> {
                    n.put("count", f.count());
                    n.put("exposure", f.exposure());
                }
                case EXACT -> {
                    n.put("value", f.value());
                    if (Double.isFinite(f.limit())) {
                        n.put("limit", f.limit());
                    } else {
                        n.putNull("limit");
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return o.toString();
    }

    /** Whether this parsed line looks like a history record. */
    static boolean isRecord(JsonNode n) {
        return n != null && n.isObject() && n.path("schema").canConvertToInt() && n.path("figures").isObject()
                && n.path("runId").isTextual();
    }

    static RunRecord read(JsonNode n) {
        if (!isRecord(n)) {
            throw new IllegalArgumentException("not a history record (needs schema, runId, figures)");
        }
        if (n.get("schema").asInt() > SCHEMA) {
            throw new IllegalArgumentException("history schema " + n.get("schema").asInt()
                    + " is newer than this tool reads (" + SCHEMA + ")");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        n.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        List<FigureData> figures = new ArrayList<>();
        n.get("figures").fields().forEachRemaining(e -> figures.add(figure(e.getKey(), e.getValue())));
        Instant at;
        try {
            at = Instant.parse(n.path("recordedAt").asText());
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("recordedAt is not an ISO-8601 instant");
        }
        return new RunRecord(n.get("runId").asText(), at, n.path("source").asText(""), n.path("commit").asText(""),
                n.path("fingerprint").asText(""), settings, n.path("passed").asBoolean(true), figures);
    }

    private static FigureData figure(String name, JsonNode f) {
        String kind = f.path("kind").asText("");
        String unit = f.path("unit").asText("");
        boolean worse = f.path("higherIsWorse").asBoolean(true);
        switch (kind) {
            case "samples" -> {
                JsonNode a = f.path("samples");
                if (!a.isArray() || a.size() > FigureData.MAX_SAMPLES) {
                    throw new IllegalArgumentException(name + ": samples must be an array of at most "
                            + FigureData.MAX_SAMPLES + " numbers");
                }
                double[] s = new double[a.size()];
                for (int i = 0; i < s.length; i++) {
                    if (!a.get(i).isNumber()) {
                        throw new IllegalArgumentException(name + ": sample " + i + " is not a number");
                    }
                    s[i] = a.get(i).asDouble();
                }
                java.util.Arrays.sort(s);
                return new FigureData(name, unit, FigureData.Kind.SAMPLES, worse, s, f.path("n").asLong(s.length),
                        Double.NaN, Double.NaN, Double.NaN);
            }
            case "count" -> {
                return FigureData.count(name, unit, f.path("count").asLong(-1), f.path("exposure").asDouble(0), worse);
            }
            case "exact" -> {
                if (!f.path("value").isNumber()) {
                    throw new IllegalArgumentException(name + ": an exact figure needs a numeric value");
                }
                return FigureData.exact(name, unit, f.get("value").asDouble(),
                        f.path("limit").isNumber() ? f.get("limit").asDouble() : Double.NaN);
            }
            default -> throw new IllegalArgumentException(name + ": unknown figure kind '" + kind + "'");
        }
    }
}
