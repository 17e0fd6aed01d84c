package dev.ateraharness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ateraharness.evidence.LogFormatException;
import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.ComplianceSettings;
import dev.ateraharness.stats.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * verdict.json: a stable, documented schema (README, "Checks and reports"). Version {@value #SCHEMA_VERSION};
 * fields are only ever added within a version. Non-finite numbers are written as {@code null}.
 */
public final class VerdictJson {

    /**
     * Bumped only when a field changes meaning or disappears. 2: the throughput check's {@code utilisation} is
     * arrivals / (N (floor(T/W) + 1)) over the key's span (was rate / (N/W)); {@code utilisationLow/High} are gone
     * (the rate interval is {@code rateLow/rateHigh}); {@code nearLimitWindows} added per key.
     */
    public static final int SCHEMA_VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerdictJson() {
    }

    /** The verdict as an ordered tree of maps, lists and scalars. */
    public static Map<String, Object> tree(Verdict v) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", "atera-harness");
        root.put("judgedAt", v.judgedAt().toString());
        root.put("settings", settings(v.settings()));
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("arrivals", v.evidence().arrivals().size());
        inputs.put("keys", v.evidence().arrivals().keys());
        inputs.put("attempts", v.evidence().attempts().map(List::size).orElse(null));
        inputs.put("syncSummaryEntities", v.evidence().syncSummary().map(List::size).orElse(null));
        root.put("inputs", inputs);
        root.put("overall", v.overall().json());
        List<Object> checks = new ArrayList<>();
        for (CheckResult c : v.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("title", c.title());
            m.put("verdict", c.outcome().json());
            m.put("gate", c.gate());
            m.put("figure", finite(c.figure()));
            m.put("threshold", c.threshold());
            m.put("unit", c.unit());
            m.put("explanation", c.explanation());
            m.put("details", clean(c.details()));
            checks.add(m);
        }
        root.put("checks", checks);
        return root;
    }

    static Map<String, Object> settings(ComplianceSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("limit", s.limit());
        m.put("windowSeconds", s.window().toNanos() / 1e9);
        m.put("limitPerSecond", s.limitPerSecond());
        m.put("gates", s.gates().stream().sorted().toList());
        m.put("labels", new TreeMap<>(s.labels()));
        m.put("backoffMultiplier", s.backoffMultiplier());
        m.put("confidence", s.confidence());
        m.put("ksAlpha", s.ksAlpha());
        m.put("minJitterSamples", s.minJitterSamples());
        m.put("minRegressionPoints", s.minRegressionPoints());
        m.put("retryAfterToleranceMs", s.retryAfterToleranceMs());
        m.put("retryAfterGrace", s.retryAfterGrace().toString());
        m.put("latencyP99LimitMs", s.latencyP99LimitMs() > 0 ? s.latencyP99LimitMs() : null);
        return m;
    }

    public static String write(Verdict v) {
        try {
            return JSON.writeValueAsString(tree(v)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict is always serialisable", e);
        }
    }

    /**
     * Reads a verdict.json as a tree; a file that is not JSON, or not a verdict of a schema version this build
     * knows, is a {@link LogFormatException} naming the file.
     */
    public static JsonNode read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new LogFormatException(file, 0, "no such file");
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new LogFormatException(file, line, "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("schemaVersion").canConvertToInt() || !root.path("checks").isArray()) {
            throw new LogFormatException(file, 0, "not an atera-harness verdict (no schemaVersion or checks)");
        }
        int version = root.get("schemaVersion").asInt();
        if (version < 1 || version > SCHEMA_VERSION) {
            throw new LogFormatException(file, 0, "verdict schema version " + version + " is not one this build "
                    + "reads (1.." + SCHEMA_VERSION + ")");
        }
        return root;
    }

    static Object finite(double d) {
        return Double.isFinite(d) ? d : null;
    }

    /** NaN and infinities become null so the file is strict JSON. */
    static Object clean(Object o) {
        if (o instanceof Double d) {
            return finite(d);
        }
        if (o instanceof Float f) {
            return finite(f);
        }
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(k), clean(val)));
            return out;
        }
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(x -> out.add(clean(x)));
            return out;
        }
        return o;
    }
}
