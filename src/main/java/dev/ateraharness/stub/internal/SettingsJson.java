package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.OverMaxPolicy;
import dev.ateraharness.stub.Permission;
import dev.ateraharness.stub.Profile;
import dev.ateraharness.stub.RateHeaderStyle;
import dev.ateraharness.stub.RateLimitBody;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads and writes {@link StubSettings} as JSON (settings files, the admin API), plus faults and keys files. */
public final class SettingsJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private SettingsJson() {
    }

    /** Reads a settings file onto a builder; the file's {@code profile} resets the profile defaults first. */
    public static StubSettings.Builder read(Path file, StubSettings.Builder b) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        try {
            return apply(root, b, file.getParent());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Applies a (partial) settings object; {@code baseDir} resolves {@code keysFile}/{@code faultsFile}. */
    public static StubSettings.Builder apply(JsonNode root, StubSettings.Builder b, Path baseDir) throws IOException {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("settings must be a JSON object");
        }
        if (root.has("profile")) {
            b.applyProfile(Profile.parse(root.get("profile").asText()));
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "profile", "$comment", "description" -> { }
                case "port" -> b.port(integer(e.getKey(), v));
                case "bindAddress" -> b.bindAddress(v.asText());
                case "limit" -> b.limit(integer(e.getKey(), v));
                case "window" -> b.window(v.isNumber() ? java.time.Duration.ofMillis(Math.round(v.asDouble() * 1000))
                        : Durations.parse(v.asText()));
                case "algorithm" -> b.algorithm(Algorithm.parse(v.asText()));
                case "rejectedCount" -> b.rejectedCount(bool(e.getKey(), v));
                case "limitScope" -> b.limitScope(dev.ateraharness.stub.LimitScope.parse(v.asText()));
                case "rateLimitBody" -> b.rateLimitBody(RateLimitBody.parse(v.asText()));
                case "rateHeaders" -> b.rateHeaders(RateHeaderStyle.parse(v.asText()));
                case "maxItemsInPage" -> b.maxItemsInPage(integer(e.getKey(), v));
                case "defaultItemsInPage" -> b.defaultItemsInPage(integer(e.getKey(), v));
                case "overMaxPolicy" -> b.overMaxPolicy(OverMaxPolicy.parse(v.asText()));
                case "unknownIdPolicy" -> b.unknownIdPolicy(dev.ateraharness.stub.UnknownIdPolicy.parse(v.asText()));
                case "errorBodyPolicy" -> b.errorBodyPolicy(dev.ateraharness.stub.ErrorBodyPolicy.parse(v.asText()));
                case "seed" -> b.seed(v.asLong());
                case "maxBodyBytes" -> b.maxBodyBytes(integer(e.getKey(), v));
                case "dataSizes" -> v.properties().forEach(s -> b.dataSize(s.getKey(), integer(s.getKey(), s.getValue())));
                case "faults" -> b.faults(faults(v));
                case "faultsFile" -> b.faults(readFaults(resolve(baseDir, v.asText())));
                case "keys" -> b.keys(keys(v));
                case "keysFile" -> b.keys(readKeys(resolve(baseDir, v.asText())));
                default -> throw new IllegalArgumentException("unknown setting '" + e.getKey() + "'");
            }
        }
        return b;
    }

    private static Path resolve(Path base, String name) {
        Path p = Path.of(name);
        return p.isAbsolute() || base == null ? p : base.resolve(p);
    }

    private static int integer(String name, JsonNode v) {
        if (!v.canConvertToInt() || (v.isTextual() || !v.isIntegralNumber())) {
            throw new IllegalArgumentException(name + " must be an integer, not " + v);
        }
        return v.intValue();
    }

    private static boolean bool(String name, JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(name + " must be true or false, not " + v);
        }
        return v.booleanValue();
    }

    /** Reads a faults file: {@code {"seed":7,"global":{...},"routes":{"/tickets":{...}}}}. */
    public static FaultSettings readFaults(Path file) throws IOException {
        try {
            return faults(MAPPER.readTree(file.toFile()));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static FaultSettings faults(JsonNode v) {
        if (!v.isObject()) {
            throw new IllegalArgumentException("faults must be an object");
        }
        Map<String, FaultRule> routes = new LinkedHashMap<>();
        if (v.has("routes")) {
            v.get("routes").properties().forEach(r -> routes.put(r.getKey(), rule(r.getValue())));
        }
        return new FaultSettings(v.path("seed").asLong(1), v.has("global") ? rule(v.get("global")) : FaultRule.NONE,
                routes);
    }

    static FaultRule rule(JsonNode v) {
        for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("error500", "error502", "error503", "retryAfter503Seconds", "connectionReset",
                    "emptyResponse", "malformedJson", "latency").contains(f)) {
                throw new IllegalArgumentException("unknown fault field '" + f + "'");
            }
        }
        return new FaultRule(v.path("error500").asDouble(0), v.path("error502").asDouble(0),
                v.path("error503").asDouble(0), v.path("retryAfter503Seconds").asInt(0),
                v.path("connectionReset").asDouble(0), v.path("emptyResponse").asDouble(0),
                v.path("malformedJson").asDouble(0), latency(v.get("latency")));
    }

    static Latency latency(JsonNode v) {
        if (v == null || v.isNull()) {
            return Latency.NONE;
        }
        String type = v.path("type").asText(v.path("kind").asText("none"));
        if (type.equalsIgnoreCase("empirical")) {
            String log = v.path("attemptLog").asText("");
            try {
                return Latency.empirical(java.nio.file.Path.of(log));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read the attempt log '" + log + "' of an empirical latency: "
                        + e.getMessage(), e);
            }
        }
        if (type.equalsIgnoreCase("lognormal") && v.has("p99Ms")) {
            return Latency.lognormalP99(v.path("medianMs").asDouble(0), v.path("p99Ms").asDouble(0));
        }
        return new Latency(Latency.Kind.valueOf(type.toUpperCase(java.util.Locale.ROOT)), v.path("fixedMs").asDouble(0),
                v.path("minMs").asDouble(0), v.path("maxMs").asDouble(0), v.path("medianMs").asDouble(0),
                v.path("sigma").asDouble(0));
    }

    /**
     * Reads a keys file: a JSON object {@code {"KEY": ["read","write","delete"], ...}}, or text with one key per
     * line, optionally followed by a space and comma-separated permissions (default: all); '#' starts a comment.
     */
    public static Map<String, Set<Permission>> readKeys(Path file) throws IOException {
        String text = Files.readString(file);
        if (text.trim().startsWith("{")) {
            try {
                return keys(MAPPER.readTree(text));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        Map<String, Set<Permission>> out = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+", 2);
            Set<Permission> perms = parts.length == 1 ? Permission.all() : EnumSet.noneOf(Permission.class);
            if (parts.length == 2) {
                for (String p : parts[1].split("[,\\s]+")) {
                    perms.add(Permission.parse(p));
                }
            }
            out.put(parts[0], perms);
        }
        if (out.isEmpty()) {
            throw new IOException(file + ": no keys found");
        }
        return out;
    }

    static Map<String, Set<Permission>> keys(JsonNode v) {
        if (!v.isObject()) {
            throw new IllegalArgumentException("keys must be an object of key -> [permissions]");
        }
        Map<String, Set<Permission>> out = new LinkedHashMap<>();
        v.properties().forEach(e -> {
            Set<Permission> perms = EnumSet.noneOf(Permission.class);
            e.getValue().forEach(p -> perms.add(Permission.parse(p.asText())));
            out.put(e.getKey(), perms);
        });
        return out;
    }

    /** The settings as JSON; keys appear only as fingerprints (never the key) when {@code redact}. */
    public static ObjectNode write(StubSettings s, boolean redact) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("profile", s.profile().cliName());
        o.put("port", s.port());
        o.put("bindAddress", s.bindAddress());
        o.put("limit", s.limit());
        o.put("window", Durations.format(s.window()));
        o.put("algorithm", s.algorithm().cliName());
        o.put("rejectedCount", s.rejectedCount());
        o.put("limitScope", s.limitScope().cliName());
        o.put("rateLimitBody", s.rateLimitBody().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        o.put("rateHeaders", s.rateHeaders().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        o.put("maxItemsInPage", s.maxItemsInPage());
        o.put("defaultItemsInPage", s.defaultItemsInPage());
        o.put("overMaxPolicy", s.overMaxPolicy().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        o.put("unknownIdPolicy", s.unknownIdPolicy().cliName());
        o.put("errorBodyPolicy", s.errorBodyPolicy().cliName());
        o.put("seed", s.seed());
        o.put("maxBodyBytes", s.maxBodyBytes());
        ObjectNode sizes = o.putObject("dataSizes");
        s.dataSizes().forEach(sizes::put);
        o.set("faults", MAPPER.valueToTree(s.faults()));
        ObjectNode keys = MAPPER.createObjectNode();
        s.keys().forEach((k, perms) -> {
            ArrayNode a = keys.putArray(redact ? "fp:" + ApiKeys.fingerprint(k) : k);
            perms.stream().sorted().forEach(p -> a.add(p.name().toLowerCase(java.util.Locale.ROOT)));
        });
        if (redact) {
            o.set("keyFingerprints", keys);
        } else {
            o.set("keys", keys);
        }
        return o;
    }
}
