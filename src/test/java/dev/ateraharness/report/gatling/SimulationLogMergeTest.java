package dev.ateraharness.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.report.gatling.SimulationLogRecord.UserRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging k logs: every record once, rebased onto the earliest start, scenarios united by name, time order kept;
 * inputs that cannot be merged are refused with a typed error and nothing is written.
 */
class SimulationLogMergeTest {

    private static final long T0 = 1_764_000_000_000L;

    @Property(tries = 60)
    void every_record_is_kept_once_rebased_and_renumbered(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int k)
            throws IOException {
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory("gatling-merge");
        try {
            List<RandomLogs.Log> logs = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                RandomLogs.Log log = RandomLogs.log(random, T0 + random.nextInt(5_000));
                logs.add(log);
                files.add(RandomLogs.write(log, dir.resolve("injector-" + i).resolve("simulation.log")));
            }
            Path out = dir.resolve("merged").resolve("simulation.log");
            SimulationLogMerge.Result result = SimulationLogMerge.merge(files, out);
            RandomLogs.Log merged = RandomLogs.read(out);

            long start = logs.stream().mapToLong(l -> l.header().start()).min().orElseThrow();
            LinkedHashSet<String> scenarios = new LinkedHashSet<>();
            logs.forEach(l -> scenarios.addAll(l.header().scenarios()));
            assertThat(merged.header().start()).isEqualTo(start);
            assertThat(merged.header().scenarios()).containsExactlyElementsOf(scenarios);
            assertThat(RandomLogs.describe(merged.header().withAssertions(List.of())))
                    .isEqualTo(RandomLogs.describe(new SimulationLogHeader(RandomLogs.VERSION, RandomLogs.SIMULATION,
                            start, logs.get(0).header().runDescription(), List.copyOf(scenarios), List.of())));
            assertThat(merged.header().assertions()).zipSatisfy(logs.get(0).header().assertions(),
                    (a, b) -> assertThat(a).isEqualTo(b));

            List<SimulationLogRecord> expected = new ArrayList<>();
            for (RandomLogs.Log log : logs) {
                int delta = (int) (log.header().start() - start);
                for (SimulationLogRecord r : log.records()) {
                    if (r instanceof UserRecord u) {
                        r = u.inScenario(List.copyOf(scenarios).indexOf(log.header().scenarios().get(u.scenario())));
                    }
                    expected.add(r.shifted(delta));
                }
            }
            assertThat(merged.records()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(merged.records()).isSortedAccordingTo(
                    java.util.Comparator.comparingInt(SimulationLogRecord::time));
            assertThat(result.records()).isEqualTo(expected.size());
            assertThat(result.recordsPerInput()).containsExactlyElementsOf(
                    logs.stream().map(l -> (long) l.records().size()).toList());
            assertThat(result.scenarios()).containsExactlyElementsOf(scenarios);
        } finally {
            RandomLogs.deleteTree(dir);
        }
    }

    @Test
    void assertions_can_be_dropped(@TempDir Path dir) throws IOException {
        Path in = RandomLogs.write(withAssertions(RandomLogs.log(new Random(3), T0)), dir.resolve("a.log"));
        Path out = dir.resolve("out/simulation.log");
        SimulationLogMerge.Result r = SimulationLogMerge.merge(List.of(in), out, SimulationLogMerge.AssertionSource.NONE);
        assertThat(r.assertions()).isZero();
        assertThat(RandomLogs.read(out).header().assertions()).isEmpty();
    }

    @Test
    void differing_assertions_are_reported(@TempDir Path dir) throws IOException {
        RandomLogs.Log a = withAssertions(RandomLogs.log(new Random(4), T0));
        RandomLogs.Log b = new RandomLogs.Log(a.header().withAssertions(List.of(new byte[] {9})), a.records());
        SimulationLogMerge.Result r = SimulationLogMerge.merge(List.of(RandomLogs.write(a, dir.resolve("a.log")),
                RandomLogs.write(b, dir.resolve("b.log"))), dir.resolve("out/simulation.log"));
        assertThat(r.assertionsDiffer()).isTrue();
        assertThat(r.assertions()).isEqualTo(a.header().assertions().size());
    }

    @Test
    void an_empty_list_is_refused() {
        assertThatThrownBy(() -> SimulationLogMerge.merge(List.of(), Path.of("never/simulation.log")))
                .isInstanceOf(SimulationLogException.class).hasMessageContaining("no simulation.log");
        assertThat(Path.of("never")).doesNotExist();
    }

    @Test
    void another_simulation_class_is_refused_and_nothing_is_written(@TempDir Path dir) throws IOException {
        Path a = RandomLogs.write(RandomLogs.log(new Random(5), T0), dir.resolve("a.log"));
        Path b = RandomLogs.write(RandomLogs.log(new Random(6), T0, RandomLogs.VERSION, "dev.example.Other"),
                dir.resolve("b.log"));
        Path out = dir.resolve("out/simulation.log");
        assertThatThrownBy(() -> SimulationLogMerge.merge(List.of(a, b), out))
                .isInstanceOfSatisfying(SimulationLogException.class, e -> assertThat(e.file()).contains(b))
                .hasMessageContaining("dev.example.Other").hasMessageContaining(RandomLogs.SIMULATION);
        assertNothingWritten(out);
    }

    @Test
    void another_gatling_patch_version_is_refused(@TempDir Path dir) throws IOException {
        Path a = RandomLogs.write(RandomLogs.log(new Random(5), T0), dir.resolve("a.log"));
        Path b = RandomLogs.write(RandomLogs.log(new Random(6), T0, "3.15.0", RandomLogs.SIMULATION),
                dir.resolve("b.log"));
        Path out = dir.resolve("out/simulation.log");
        assertThatThrownBy(() -> SimulationLogMerge.merge(List.of(a, b), out))
                .isInstanceOf(SimulationLogException.class).hasMessageContaining("3.15.0").hasMessageContaining("3.15.1");
        assertNothingWritten(out);
    }

    @Test
    void a_truncated_input_is_refused_with_its_name_and_offset_and_nothing_is_written(@TempDir Path dir)
            throws IOException {
        Path a = RandomLogs.write(RandomLogs.log(new Random(8), T0), dir.resolve("a.log"));
        RandomLogs.Log big = RandomLogs.log(new Random(9), T0);
        while (big.records().size() < 10) {
            big = RandomLogs.log(new Random(big.records().size() + 100L), T0);
        }
        Path b = RandomLogs.write(big, dir.resolve("b.log"));
        byte[] bytes = Files.readAllBytes(b);
        Files.write(b, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        Path out = dir.resolve("out/simulation.log");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "an earlier merge");
        assertThatThrownBy(() -> SimulationLogMerge.merge(List.of(a, b), out))
                .isInstanceOfSatisfying(SimulationLogException.class, e -> {
                    assertThat(e.file()).contains(b);
                    assertThat(e.offset()).isPositive();
                })
                .hasMessageContaining(b.toString()).hasMessageContaining("truncated");
        assertThat(out).hasContent("an earlier merge");
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void a_missing_input_is_refused(@TempDir Path dir) {
        Path missing = dir.resolve("nope/simulation.log");
        assertThatThrownBy(() -> SimulationLogMerge.merge(List.of(missing), dir.resolve("out/simulation.log")))
                .isInstanceOf(SimulationLogException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void the_same_input_twice_is_refused(@TempDir Path dir) throws IOException {
        Path a = RandomLogs.write(RandomLogs.log(new Random(10), T0), dir.resolve("a.log"));
        assertThatThrownBy(() -> SimulationLogMerge.merge(List.of(a, dir.resolve(".").resolve("a.log")),
                dir.resolve("out/simulation.log")))
                .isInstanceOf(SimulationLogException.class).hasMessageContaining("twice");
    }

    @Test
    void an_input_as_output_is_refused(@TempDir Path dir) throws IOException {
        Path a = RandomLogs.write(RandomLogs.log(new Random(11), T0), dir.resolve("simulation.log"));
        assertThatThrownBy(() -> SimulationLogMerge.merge(List.of(a), a))
                .isInstanceOf(SimulationLogException.class).hasMessageContaining("also the output");
    }

    private static RandomLogs.Log withAssertions(RandomLogs.Log log) {
        return new RandomLogs.Log(log.header().withAssertions(List.of(new byte[] {1, 2, 3}, new byte[0])),
                log.records());
    }

    private static void assertNothingWritten(Path out) throws IOException {
        assertThat(out).doesNotExist();
        if (Files.isDirectory(out.getParent())) {
            try (Stream<Path> files = Files.list(out.getParent())) {
                assertThat(files).isEmpty();
            }
        }
    }
}
