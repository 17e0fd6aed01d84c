package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.stats.Figures;
import dev.ateraharness.stub.ArrivalRecord;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code plan --processes K}: K simulated processes on the same keys, sharing each key's limit as the Redis limiter
 * does. All in virtual time.
 */
class ProcessesTest {

    static final long W = Duration.ofSeconds(2).toNanos();
    static final int N = 20;
    static final List<Entity> ENTITIES = List.of(new Entity("tickets", 4_000), new Entity("agents", 730),
            new Entity("customers", 300));

    static Scenario scenario(Distribution d, int keys, int workers) {
        return new Scenario(ENTITIES, keys, workers, 50, 50, Latency.lognormalP99(180, 900), 0.02, N, W,
                Algorithm.SLIDING_LOG, false, 10_000_000L, 0, d);
    }

    /**
     * The numbers the planner gives without {@code --processes} (seed 1234): one process must give exactly them,
     * whatever round trip is configured (K = 1 plans an in-process limiter). First captured before the option
     * existed; recaptured on main's planner after the entity-list rework (accur): only "client 2x3"'s event count
     * moved (121 to 120), every figure stayed; the page split the old capture also covered is gone.
     */
    static final Map<String, String> BEFORE = Map.of(
            "entities 1x2", "syncNanos=17110343303, floorNanos=10000000000, complete=true, requests=102, rejected=0, faults=1, timeouts=0, retries=1, utilisation=0.5666666666666667, meanInFlight=1.3438226171048557, throughputPerSecond=5.961306456201617, meanLatencyNanos=2.2542417957843137E8, events=104]",
            "entities 2x3", "syncNanos=17105596777, floorNanos=6000000000, complete=true, requests=102, rejected=0, faults=1, timeouts=0, retries=1, utilisation=0.2833333333333333, meanInFlight=1.3441955061115727, throughputPerSecond=5.962960622171808, meanLatencyNanos=2.2542417957843137E8, events=103]",
            "client 1x2", "syncNanos=13441803203, floorNanos=10000000000, complete=true, requests=102, rejected=0, faults=1, timeouts=0, retries=1, utilisation=0.7285714285714285, meanInFlight=1.7105790026644836, throughputPerSecond=7.588267620019552, meanLatencyNanos=2.2542417957843137E8, events=113]",
            "client 2x3", "syncNanos=6875697216, floorNanos=4000000000, complete=true, requests=102, rejected=0, faults=1, timeouts=0, retries=1, utilisation=0.6375, meanInFlight=3.3441359610039, throughputPerSecond=14.834859185282658, meanLatencyNanos=2.2542417957843137E8, events=120]");

    @Test
    void oneProcessGivesExactlyThePlanOfBefore() {
        for (Distribution d : Distribution.values()) {
            for (int[] kw : new int[][] {{1, 2}, {2, 3}}) {
                // every figure as captured; a complete run has no stop (a field added since the capture)
                String expected = "RunResult[seed=1234, " + BEFORE.get(d + " " + kw[0] + "x" + kw[1])
                        .replaceFirst("]$", ", stop=null]");
                Scenario s = scenario(d, kw[0], kw[1]);
                assertThat(ScenarioRunner.client().run(s, 1234)).hasToString(expected);
                assertThat(ScenarioRunner.client().run(s.withProcesses(Processes.ONE), 1234)).hasToString(expected);
                assertThat(ScenarioRunner.client().run(
                        s.withProcesses(new Processes(1, Processes.MEASURED_LOOPBACK)), 1234)).hasToString(expected);
            }
        }
    }

    @Test
    void kProcessesNeverPutMoreThanNInAnyWindowIntoTheArrivalLog() {
        for (int k : new int[] {2, 3, 4}) {
            for (Distribution d : List.of(Distribution.CLIENT, Distribution.ENTITIES)) {
                for (int keys : new int[] {1, 2}) {
                    Scenario s = scenario(d, keys, 4).withProcesses(new Processes(k, Processes.MEASURED_LOOPBACK));
                    for (long seed = 1; seed <= 3; seed++) {
                        RunResult r = ScenarioRunner.client().run(s, seed);
                        List<ArrivalRecord> log = ScenarioRunner.client().arrivals(s, seed).snapshot();
                        assertThat(r.complete()).isTrue();
                        assertThat(r.rejected()).isZero();
                        assertThat(log).hasSize((int) r.requests());
                        Map<String, long[]> perKey = perKeyNanos(log);
                        assertThat(perKey.size()).isBetween(1, keys);
                        int busiest = perKey.values().stream()
                                .mapToInt(t -> Arrays.stream(Figures.trailingCounts(t, Duration.ofNanos(W))).max()
                                        .orElse(0))
                                .max().orElseThrow();
                        assertThat(busiest).as("K=%d %s keys=%d seed=%d", k, d, keys, seed).isLessThanOrEqualTo(N);
                        if (d == Distribution.CLIENT) {
                            // the fan-out saturates the limit (101 pages at 20 per 2 s): the busiest window is full
                            assertThat(busiest).isEqualTo(N);
                            assertThat(perKey).hasSize(keys);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theFloorCountsWhatEveryProcessSendsToEachKey() {
        List<Entity> four = List.of(new Entity("tickets", 1_000), new Entity("agents", 1_000),
                new Entity("customers", 1_000), new Entity("contacts", 1_000));
        Scenario one = new Scenario(four, 2, 1, 50, 50, Latency.fixed(20), 0, N, W, Algorithm.SLIDING_LOG, false, 0,
                0, Distribution.ENTITIES);
        List<Long> whole = KeyAssignment.requestsPerKey(four, 2, 50, Distribution.ENTITIES);
        assertThat(whole).containsExactly(40L, 40L);
        assertThat(one.requestsPerKey()).isEqualTo(whole);
        // two processes of two entities each: each puts one on each key, so the sum is the whole list's split
        Scenario two = one.withProcesses(new Processes(2, Latency.NONE));
        assertThat(two.requestsPerKey()).isEqualTo(whole);
        assertThat(arrivalsPerKey(two, 3)).containsExactly(40L, 40L);
        // four processes of one entity each: every process puts its entity on key 1 (as four `sync --split
        // entities` would), so key 1 carries everything and the floor is that of 80 requests, not of 40
        Scenario many = one.withProcesses(new Processes(4, Latency.NONE));
        assertThat(many.requestsPerKey()).containsExactly(80L, 0L);
        assertThat(arrivalsPerKey(many, 3)).containsExactly(80L);
        assertThat(many.floorNanos()).isEqualTo(3 * W).isGreaterThan(one.floorNanos());
        assertThat(ScenarioRunner.client().run(many, 3).syncNanos()).isGreaterThanOrEqualTo(many.floorNanos());
        // the client split: every process's fan-out sends each page to the key with the most room in the shared
        // limiters, so the keys share all the requests as they share one process's
        Scenario client = new Scenario(four, 2, 4, 50, 50, Latency.fixed(20), 0, N, W, Algorithm.SLIDING_LOG, false,
                0, 0, Distribution.CLIENT).withProcesses(new Processes(4, Latency.NONE));
        assertThat(client.requestsPerKey()).isEqualTo(KeyAssignment.requestsPerKey(four, 2, 50, Distribution.CLIENT))
                .containsExactly(40L, 40L);
        // the fan-out balances by room, not by count (one process gives 36 / 44 here too), so the even split is
        // what the floor takes for every K: the busiest key never carries less, and every request is counted
        for (int k : new int[] {1, 2, 4}) {
            List<Long> sent = arrivalsPerKey(client.withProcesses(new Processes(k, Latency.NONE)), 3);
            assertThat(sent.stream().mapToLong(Long::longValue).sum()).isEqualTo(80);
            assertThat(sent.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThanOrEqualTo(40);
        }
    }

    /** Arrivals per key in key order (keys with none left out) of a run without faults. */
    private static List<Long> arrivalsPerKey(Scenario s, long seed) {
        return ScenarioRunner.client().arrivals(s, seed).snapshot().stream()
                .collect(Collectors.groupingBy(ArrivalRecord::key, TreeMap::new, Collectors.counting()))
                .values().stream().toList();
    }

    @Test
    void limitBoundGainsNothing() {
        // 1 key, 4 in flight, 20 ms: the limit binds from the start; a second process adds in-flight requests only
        Scenario one = new Scenario(List.of(new Entity("tickets", 5_000), new Entity("agents", 4_000)), 1, 4, 50,
                50, Latency.fixed(20), 0, N, W, Algorithm.SLIDING_LOG, false, 0, 0, Distribution.CLIENT);
        for (int k : new int[] {2, 4}) {
            Scenario many = one.withProcesses(new Processes(k, Processes.MEASURED_LOOPBACK));
            RunResult r1 = ScenarioRunner.client().run(one, 5);
            RunResult rk = ScenarioRunner.client().run(many, 5);
            assertThat(many.floorNanos()).isEqualTo(one.floorNanos()).isEqualTo(8 * W); // 180 pages: floor(179/20)
            assertThat(rk.syncNanos()).isGreaterThanOrEqualTo(r1.syncNanos()).isLessThan(one.floorNanos() + W);
            assertThat(rk.requests()).isEqualTo(r1.requests()).isEqualTo(180);
        }
    }

    @Test
    void latencyBoundWithFewWorkersGainsRequestsInFlight() {
        // four equal entities, one page in flight per process, 200 ms per request, the limit far away
        List<Entity> four = List.of(new Entity("tickets", 1_000), new Entity("agents", 1_000),
                new Entity("customers", 1_000), new Entity("contacts", 1_000));
        Scenario one = new Scenario(four, 1, 1, 50, 50, Latency.fixed(200), 0, 700, Duration.ofSeconds(60).toNanos(),
                Algorithm.SLIDING_LOG, false, 0, 0, Distribution.CLIENT);
        RunResult r1 = ScenarioRunner.client().run(one, 9);
        RunResult r2 = ScenarioRunner.client().run(one.withProcesses(new Processes(2, Latency.NONE)), 9);
        RunResult r4 = ScenarioRunner.client().run(one.withProcesses(new Processes(4, Latency.NONE)), 9);
        // 80 pages one after the other: 16 s; two processes 40 each: 8 s; four: 4 s
        assertThat(r1.syncNanos()).isEqualTo(16_000_000_000L);
        assertThat(r2.syncNanos()).isEqualTo(8_000_000_000L);
        assertThat(r4.syncNanos()).isEqualTo(4_000_000_000L);
        assertThat(r1.meanInFlight()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r2.meanInFlight()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r4.meanInFlight()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
        // the round trip adds its draws between grant and send: a little slower, never faster
        RunResult r4rtt = ScenarioRunner.client().run(one.withProcesses(
                new Processes(4, Latency.fixed(1))), 9);
        assertThat(r4rtt.syncNanos()).isEqualTo(4_000_000_000L + 20 * 1_000_000L);
    }

    @Test
    void aRetryAfterSeenByOneProcessHoldsEveryProcessOnTheKey() {
        // 10 % of requests get a 503 with Retry-After: 1 s; no latency, so a hold starts at the 503's arrival
        FaultRule rule = new FaultRule(0, 0, 0.1, 1, 0, 0, 0, Latency.NONE);
        StubSettings server = StubSettings.builder().faults(new FaultSettings(3, rule, Map.of())).build();
        List<Entity> two = List.of(new Entity("tickets", 3_000), new Entity("agents", 3_000));
        Scenario s = new Scenario(two, 1, 2, 50, 50, Latency.NONE, 0, N, W, Algorithm.SLIDING_LOG, false, 0, 0,
                Distribution.CLIENT, server, new Processes(2, Latency.NONE));
        List<ArrivalRecord> log = ScenarioRunner.client().arrivals(s, 11).snapshot();
        List<ArrivalRecord> holds = log.stream().filter(a -> a.status() == 503 && a.retryAfterSeconds() > 0).toList();
        assertThat(holds).isNotEmpty();
        assertThat(log.stream().map(ArrivalRecord::path).map(p -> p.startsWith("/api/v3/agents") ? "a" : "t")
                .distinct().count()).isEqualTo(2); // both processes sent
        for (ArrivalRecord h : holds) {
            long from = h.epochMicros();
            long until = from + h.retryAfterSeconds() * 1_000_000L;
            assertThat(log).as("arrivals inside the hold from %d", from)
                    .noneMatch(a -> a.epochMicros() > from && a.epochMicros() < until);
        }
    }

    @Test
    void kProcessesAreDeterministicForASeed() {
        Scenario s = scenario(Distribution.CLIENT, 2, 3).withProcesses(new Processes(3, Processes.MEASURED_LOOPBACK));
        assertThat(ScenarioRunner.client().run(s, 77)).isEqualTo(ScenarioRunner.client().run(s, 77));
        assertThat(ScenarioRunner.client().arrivals(s, 77).snapshot())
                .isEqualTo(ScenarioRunner.client().arrivals(s, 77).snapshot());
    }

    @Test
    void entitiesGoLargestFirstToTheLeastLoadedProcess() {
        List<Entity> es = List.of(new Entity("agents", 100), new Entity("tickets", 1_000),
                new Entity("customers", 600), new Entity("contacts", 500));
        assertThat(new Processes(2, Latency.NONE).split(es, 50)).containsExactly(
                List.of(new Entity("agents", 100), new Entity("tickets", 1_000)),
                List.of(new Entity("customers", 600), new Entity("contacts", 500)));
        assertThat(new Processes(8, Latency.NONE).split(es, 50)).hasSize(4); // four entities: four busy processes
        assertThat(Processes.ONE.split(es, 50)).containsExactly(es);
        assertThatThrownBy(() -> new Processes(0, Latency.NONE)).hasMessageContaining("1..64");
        assertThatThrownBy(() -> new Processes(65, Latency.NONE)).hasMessageContaining("1..64");
    }

    @Test
    void theRecommendationIsOneSyncCommandPerProcessWithRedis() {
        Scenario s = new Scenario(List.of(new Entity("tickets", 1_000), new Entity("agents", 600),
                new Entity("customers", 500)), 1, 1, 50, 50, Latency.NONE, 0, N, W, Algorithm.SLIDING_LOG, false, 0,
                0, Distribution.CLIENT).withProcesses(new Processes(2, Latency.NONE));
        String line = SyncCommandLine.of(s, 1, 4);
        assertThat(line).contains("2 processes on the same key(s)")
                .contains("process 1: atera-harness sync --entity tickets --items-in-page 50 --limit 20 --window 2s "
                        + "--guard 0 --concurrency 4 --redis redis://REDIS:6379")
                .contains("process 2: atera-harness sync --entity agents,customers");
        assertThat(SyncCommandLine.of(s.withProcesses(new Processes(4, Latency.NONE)), 2, 1))
                .contains("4 processes on the same key(s)").contains("only 3 have entities to sync")
                .contains("the same file of 2 keys").contains("process 3: atera-harness sync --entity customers")
                .doesNotContain("process 4");
    }

    private static Map<String, long[]> perKeyNanos(List<ArrivalRecord> log) {
        return log.stream().collect(Collectors.groupingBy(ArrivalRecord::key, Collectors.collectingAndThen(
                Collectors.toList(), l -> l.stream().mapToLong(a -> a.epochMicros() * 1_000L).sorted().toArray())));
    }
}
