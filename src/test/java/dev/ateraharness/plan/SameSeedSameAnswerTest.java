package dev.ateraharness.plan;

import dev.ateraharness.stub.Latency;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.limit.Algorithm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameSeedSameAnswerTest {

    private static Scenario scenario() {
        return new Scenario(Entity.parseList("tickets=20000,agents=1500,customers=120"), 1, 3, 50, 50,
                Latency.lognormalP99(180, 900), 0.05, 70, Duration.ofSeconds(2).toNanos(),
                Algorithm.SLIDING_LOG, false, 0, 0, Distribution.CLIENT);
    }

    @Test
    void aRunIsAFunctionOfItsSeed() {
        ScenarioRunner runner = ScenarioRunner.client();
        RunResult a = runner.run(scenario(), 123);
        RunResult b = runner.run(scenario(), 123);
        RunResult c = runner.run(scenario(), 124);
        assertThat(b).isEqualTo(a);
        assertThat(c.syncNanos()).isNotEqualTo(a.syncNanos());
        // a guard of 0 with random latency reorders arrivals: some 429s, and the faults were retried
        assertThat(a.faults()).isPositive();
        assertThat(a.complete()).isTrue();
    }

    @Test
    void thePlanDoesNotDependOnThreads() {
        PlanSpec one = new PlanSpec(scenario(), List.of(1, 2), List.of(1, 4), 4, 99, 0, 0.95, 1, true);
        PlanSpec two = new PlanSpec(scenario(), List.of(1, 2), List.of(1, 4), 4, 99, 0, 0.95, 2, true);
        PlanResult a = new CapacityPlanner(ScenarioRunner.client()).plan(one, null);
        PlanResult b = new CapacityPlanner(ScenarioRunner.client()).plan(two, null);
        assertThat(b.combinations()).isEqualTo(a.combinations());
        assertThat(b.itemsCurve()).isEqualTo(a.itemsCurve());
    }

    @Test
    void decodingItemsAsRecordsOrTreesGivesTheSameRun() {
        // decoding costs CPU, never virtual time: the planner's fast default must not change the answer
        RunResult trees = ScenarioRunner.client(Decoding.TREES).run(scenario(), 77);
        RunResult records = ScenarioRunner.client(Decoding.RECORDS).run(scenario(), 77);
        assertThat(records).isEqualTo(trees);
        Scenario byEntities = new Scenario(scenario().entities(), 2, 2, 50, 50, scenario().latency(), 0.05, 70,
                scenario().windowNanos(), Algorithm.SLIDING_LOG, false, 0, 0, Distribution.ENTITIES);
        assertThat(ScenarioRunner.client(Decoding.RECORDS).run(byEntities, 5))
                .isEqualTo(ScenarioRunner.client(Decoding.TREES).run(byEntities, 5));
    }
}
