package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.plan.report.PlanJson;
import dev.ateraharness.plan.report.PlanTable;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A planned run that stops early says why (its first failure), its floor stays the full sync's, and the reports
 * (table lines, JSON) carry the reasons grouped; a plan without faults has none. Virtual time throughout.
 */
class IncompleteRunsSayWhyTest {

    /** 2000 tickets = 40 pages, 100 agents = 2 pages; at 10 per 2 s: floor((42-1)/10) * 2 s = 8 s. */
    private static Scenario scenario(FaultSettings faults, Distribution split) {
        return new Scenario(Entity.parseList("tickets=2000,agents=100"), 1, 2, 50, 50, Latency.fixed(100), 0, 10, Duration.ofSeconds(2).toNanos(), Algorithm.SLIDING_LOG, false, 0, 0,
                split, StubSettings.builder().faults(faults).build());
    }

    private static final FaultSettings MALFORMED_TICKETS = new FaultSettings(3, FaultRule.NONE,
            Map.of("/tickets", new FaultRule(0, 0, 0, 0, 0, 0, 1.0, Latency.NONE)));

    @Test
    void aMalformedBodyStopsTheRunAndTheRunSaysSo() {
        for (Distribution split : Distribution.values()) {
            Scenario s = scenario(MALFORMED_TICKETS, split);
            RunResult r = ScenarioRunner.client().run(s, 11);
            assertThat(r.complete()).as(split.toString()).isFalse();
            assertThat(r.stop().failed()).isTrue();
            assertThat(r.stop().type()).isEqualTo("MalformedResponseException");
            assertThat(r.stop().entity()).isEqualTo("tickets");
            assertThat(r.stop().pagesRead()).isZero(); // page 1 never decodes
            assertThat(r.stop().describe()).startsWith("MalformedResponseException: GET ")
                    .contains("/tickets").endsWith("(entity tickets)").doesNotContain("\n");
            // the client does not retry a body it cannot read: one ticket request, then the agents' 2 pages
            assertThat(r.requests()).isEqualTo(3);
            // the floor is the full sync's 42 planned pages, not the 3 requests sent before it stopped
            assertThat(r.floorNanos()).isEqualTo(s.floorNanos()).isEqualTo(Duration.ofSeconds(8).toNanos())
                    .isGreaterThan(Floor.perKeyNanos(r.requests(), s.limit(), s.windowNanos()));
        }
    }

    @Test
    void thePlanGroupsTheReasonsInTheTableAndTheJson() {
        PlanResult plan = new CapacityPlanner().plan(new PlanSpec(scenario(MALFORMED_TICKETS, Distribution.CLIENT),
                List.of(1, 2), List.of(1), 4, 5, 0, 0.9, 1, false), null);
        for (CombinationResult c : plan.combinations()) {
            assertThat(c.incompleteRuns()).isEqualTo(4);
            assertThat(c.floorNanos()).isEqualTo(scenario(MALFORMED_TICKETS, Distribution.CLIENT)
                    .with(c.keys(), c.workers()).floorNanos());
            assertThat(c.stops()).hasSize(1);
            assertThat(c.stops().get(0).runs()).isEqualTo(4);
            assertThat(c.stops().get(0).reason()).startsWith("MalformedResponseException: ");
        }
        assertThat(plan.recommendation()).isEmpty();
        List<String> lines = PlanTable.incomplete(plan);
        assertThat(lines.get(0)).startsWith("1 key x 1 worker: 4 of 4 runs incomplete: MalformedResponseException: ")
                .endsWith("(first failure of each run; 4 x the same)");
        assertThat(lines.get(1)).startsWith("2 keys x 1 worker: 4 of 4 runs incomplete: ");
        assertThat(lines.get(2)).contains("times to failure").contains("the floor is the full sync's");
        assertThat(PlanTable.markdown(plan)).contains(lines.get(0)).contains(lines.get(2));

        JsonNode json = PlanJson.of(plan, "t");
        JsonNode reasons = json.get("combinations").get(0).get("incompleteReasons");
        assertThat(reasons).hasSize(1);
        assertThat(reasons.get(0).get("reason").asText()).isEqualTo(plan.combinations().get(0).stops().get(0).reason());
        assertThat(reasons.get(0).get("runs").asInt()).isEqualTo(4);
    }

    @Test
    void aPlanWithoutFaultsHasNoReasons() {
        PlanResult plan = new CapacityPlanner().plan(new PlanSpec(scenario(FaultSettings.NONE, Distribution.CLIENT),
                List.of(1), List.of(1, 2), 3, 5, 0, 0.9, 1, false), null);
        for (CombinationResult c : plan.combinations()) {
            assertThat(c.incompleteRuns()).isZero();
            assertThat(c.stops()).isEmpty();
            assertThat(c.runs()).allSatisfy(r -> assertThat(r.stop()).isNull());
        }
        assertThat(PlanTable.incomplete(plan)).isEmpty();
        assertThat(PlanTable.markdown(plan)).doesNotContain("incomplete");
        assertThat(PlanJson.of(plan, "t").get("combinations").get(0).get("incompleteReasons")).isEmpty();
    }

    @Test
    void itemsMissingWithoutAFailureIsItsOwnReason() {
        SyncOutcome o = new SyncOutcome(0, 5, List.of(new SyncOutcome.EntitySummary("tickets", 40, 50, 1, 1)), 0, 0);
        assertThat(o.complete()).isFalse();
        assertThat(o.stop()).hasValueSatisfying(st -> {
            assertThat(st.failed()).isFalse();
            assertThat(st.describe()).isEqualTo("items missing: tickets 40 of 50");
        });
    }

    @Test
    void aMessageIsCutToOneLineWithoutTheParserLocation() {
        String msg = SyncStop.oneLine("GET /x: Unexpected end-of-input (start marker at [Source: REDACTED; line: 1,"
                + " column: 2])\n at [Source: x]");
        assertThat(msg).isEqualTo("GET /x: Unexpected end-of-input");
        assertThat(SyncStop.oneLine("a".repeat(500))).hasSize(SyncStop.MAX_MESSAGE).endsWith("...");
    }
}
