package dev.ateraharness.plan.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ateraharness.plan.CombinationResult;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.MedianInterval;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.plan.PlanSpec;
import dev.ateraharness.plan.Scenario;

/** The plan as JSON: times in seconds, one object per combination; stable field names for scripts. */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {
    }

    /** The plan's JSON tree. */
    public static ObjectNode of(PlanResult plan, String runId) {
        PlanSpec spec = plan.spec();
        Scenario s = spec.base();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("runId", runId);
        ObjectNode sc = root.putObject("scenario");
        ObjectNode entities = sc.putObject("entities");
        for (Entity e : s.entities()) {
            entities.put(e.name(), e.items());
        }
        sc.put("itemsInPage", s.itemsInPage());
        sc.put("maxItemsInPage", s.maxItemsInPage());
        sc.put("latency", s.latency().describe());
        sc.put("meanLatencySeconds", s.latency().meanNanos() / 1e9);
        sc.put("faultRate", s.faultRate());
        sc.put("limit", s.limit());
        sc.put("windowSeconds", s.windowNanos() / 1e9);
        sc.put("algorithm", s.algorithm().cliName());
        sc.put("rejectedCount", s.rejectedCount());
        sc.put("guardSeconds", s.guardNanos() / 1e9);
        sc.put("split", s.distribution().toString());
        sc.put("processes", s.processes().count());
        if (s.processes().shared()) {
            sc.put("acquireRoundTrip", s.processes().acquireRoundTrip().describe());
        }
        sc.put("runs", spec.runs());
        sc.put("seed", spec.seed());
        sc.put("level", spec.level());
        if (spec.targetNanos() > 0) {
            sc.put("targetSeconds", spec.targetNanos() / 1e9);
        }
        ArrayNode combos = root.putArray("combinations");
        int processes = s.processes().count();
        plan.combinations().forEach(c -> combos.add(combination(c, processes)));
        if (plan.recommendation().isPresent()) {
            root.set("recommendation", combination(plan.recommendation().get(), processes));
        } else {
            root.putNull("recommendation");
        }
        if (!plan.itemsCurve().isEmpty()) {
            ObjectNode curve = root.putObject("itemsCurve");
            curve.put("keys", plan.curveKeys());
            curve.put("workers", plan.curveWorkers());
            ArrayNode pts = curve.putArray("points");
            for (PlanResult.ItemsPoint p : plan.itemsCurve()) {
                ObjectNode o = pts.addObject();
                o.put("items", p.totalItems());
                o.put("floorSeconds", p.floorNanos() / 1e9);
                interval(o, p.syncNanos());
            }
        }
        root.put("wallSeconds", plan.wallNanos() / 1e9);
        root.put("events", plan.events());
        return root;
    }

    private static ObjectNode combination(CombinationResult c, int processes) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("keys", c.keys());
        o.put("processes", processes);
        o.put("workers", c.workers());
        o.put("items", c.totalItems());
        o.put("floorSeconds", c.floorNanos() / 1e9);
        interval(o, c.syncNanos());
        o.put("gapSeconds", c.gapNanos() / 1e9);
        o.put("requests", c.meanRequests());
        o.put("rejected429", c.meanRejected());
        o.put("faults5xx", c.meanFaults());
        o.put("utilisation", c.meanUtilisation());
        o.put("meanInFlight", c.meanInFlight());
        o.put("throughputTimesLatency", c.littleLambdaW());
        o.put("incompleteRuns", c.incompleteRuns());
        // why the incomplete runs stopped (each run's first failure, or items missing), grouped; empty when none
        ArrayNode stops = o.putArray("incompleteReasons");
        c.stops().forEach(st -> stops.addObject().put("reason", st.reason()).put("runs", st.runs()));
        return o;
    }

    private static void interval(ObjectNode o, MedianInterval m) {
        o.put("medianSeconds", m.median() / 1e9);
        o.put("lowSeconds", m.low() / 1e9);
        o.put("highSeconds", m.high() / 1e9);
        o.put("coverage", m.coverage());
        o.put("minSeconds", m.min() / 1e9);
        o.put("maxSeconds", m.max() / 1e9);
        o.put("runs", m.n());
    }

    /** Pretty-printed JSON text. */
    public static String text(PlanResult plan, String runId) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(of(plan, runId));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
