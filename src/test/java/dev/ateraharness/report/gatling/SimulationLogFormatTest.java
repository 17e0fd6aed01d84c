package dev.ateraharness.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatling.core.stats.writer.StringInternals;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader and writer of Gatling 3.15's simulation.log: strings coded exactly as Gatling codes them (checked
 * against Gatling's own StringInternals, i.e. the JDK's String.value and coder), logs surviving a round trip, and
 * every kind of damaged file refused with its name and byte offset.
 */
class SimulationLogFormatTest {

    @Property(tries = 300)
    void strings_are_coded_as_gatling_codes_them(@ForAll String s) {
        byte coder = SimulationLogFormat.coder(s);
        assertThat(coder).isEqualTo(StringInternals.coder(s));
        assertThat(SimulationLogFormat.encode(s, coder)).isEqualTo(StringInternals.value(s));
        assertThat(SimulationLogFormat.decode(StringInternals.value(s), StringInternals.coder(s))).isEqualTo(s);
    }

    @Test
    void non_latin1_strings_use_the_utf16_coder() {
        for (String s : List.of("日本語", "€", "😀", "mixed é and Ω")) {
            assertThat(SimulationLogFormat.coder(s)).as(s).isEqualTo(SimulationLogFormat.UTF16);
            assertThat(SimulationLogFormat.decode(SimulationLogFormat.encode(s, SimulationLogFormat.UTF16),
                    SimulationLogFormat.UTF16)).isEqualTo(s);
        }
        assertThat(SimulationLogFormat.coder("café ÿ")).isEqualTo(SimulationLogFormat.LATIN1);
    }

    @Property(tries = 60)
    void a_log_reads_back_as_written(@ForAll long seed) throws IOException {
        Path dir = Files.createTempDirectory("gatling-log");
        try {
            RandomLogs.Log log = RandomLogs.log(new Random(seed), 1_764_000_000_000L + (seed & 0xFFFFFF));
            RandomLogs.Log back = RandomLogs.read(RandomLogs.write(log, dir.resolve("simulation.log")));
            assertThat(RandomLogs.describe(back.header())).isEqualTo(RandomLogs.describe(log.header()));
            assertThat(back.records()).containsExactlyElementsOf(log.records());
        } finally {
            RandomLogs.deleteTree(dir);
        }
    }

    @Test
    void a_repeated_string_is_written_once_then_as_a_cache_hit(@TempDir Path dir) throws IOException {
        SimulationLogHeader h = new SimulationLogHeader("3.15.1", "S", 0, "", List.of("s"), List.of());
        Path one = dir.resolve("one.log");
        Path two = dir.resolve("two.log");
        String name = "日本語 request name, long enough to see";
        RandomLogs.write(new RandomLogs.Log(h, List.of(request(name, 1))), one);
        RandomLogs.write(new RandomLogs.Log(h, List.of(request(name, 1), request(name, 2))), two);
        // the second record costs its fixed fields and two 4-byte cache references, never the string again
        assertThat(Files.size(two) - Files.size(one)).isEqualTo(1 + 4 + 4 + 4 + 4 + 1 + 4);
        assertThat(RandomLogs.read(two).records()).containsExactly(request(name, 1), request(name, 2));
    }

    @Test
    void a_log_cut_inside_any_record_is_refused_with_the_record_offset(@TempDir Path dir) throws IOException {
        RandomLogs.Log log = RandomLogs.log(new Random(7), 1_764_000_000_000L);
        byte[] whole = Files.readAllBytes(RandomLogs.write(log, dir.resolve("whole.log")));
        List<Long> boundaries = boundaries(dir.resolve("whole.log"));
        Path cut = dir.resolve("cut.log");
        int refused = 0;
        for (int length = 1; length < whole.length; length++) {
            Files.write(cut, java.util.Arrays.copyOf(whole, length));
            if (boundaries.contains((long) length)) {
                // the format has no trailer: a log cut between two records is a shorter complete log
                assertThat(RandomLogs.read(cut).records()).hasSize(boundaries.indexOf((long) length));
                continue;
            }
            long recordStart = lastBefore(boundaries, length);
            int len = length;
            long expected = recordStart;
            assertThatThrownBy(() -> RandomLogs.read(cut))
                    .as("cut at %d", len)
                    .isInstanceOfSatisfying(SimulationLogException.class, e -> {
                        assertThat(e.file()).contains(cut);
                        assertThat(e.offset()).isEqualTo(expected);
                        assertThat(e.getMessage()).contains(cut.toString()).contains("truncated")
                                .contains("at byte " + expected);
                    });
            refused++;
        }
        assertThat(refused).isEqualTo(whole.length - boundaries.size());
    }

    @Test
    void an_empty_file_is_refused(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("simulation.log"));
        assertThatThrownBy(() -> SimulationLogReader.open(empty)).isInstanceOf(SimulationLogException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("empty");
    }

    @Test
    void a_file_not_starting_with_a_run_record_is_refused(@TempDir Path dir) throws IOException {
        Path file = RandomLogs.write(RandomLogs.log(new Random(1), 0), dir.resolve("simulation.log"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] = 7;
        Files.write(file, bytes);
        assertThatThrownBy(() -> SimulationLogReader.open(file))
                .isInstanceOfSatisfying(SimulationLogException.class, e -> assertThat(e.offset()).isZero())
                .hasMessageContaining("not a run record");
    }

    @Test
    void an_unknown_record_header_is_refused_at_its_offset(@TempDir Path dir) throws IOException {
        RandomLogs.Log log = new RandomLogs.Log(new SimulationLogHeader("3.15.1", "S", 0, "", List.of("s"),
                List.of()), List.of(request("a", 1), request("b", 2), request("c", 3)));
        Path file = RandomLogs.write(log, dir.resolve("simulation.log"));
        long second = boundaries(file).get(1);
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) second] = 9;
        Files.write(file, bytes);
        assertThatThrownBy(() -> RandomLogs.read(file))
                .isInstanceOfSatisfying(SimulationLogException.class, e -> assertThat(e.offset()).isEqualTo(second))
                .hasMessageContaining("unknown record header byte 9");
    }

    @Test
    void another_gatling_version_is_refused(@TempDir Path dir) throws IOException {
        Path file = RandomLogs.write(RandomLogs.log(new Random(2), 0, "3.14.3", "S"), dir.resolve("simulation.log"));
        assertThatThrownBy(() -> SimulationLogReader.open(file)).isInstanceOf(SimulationLogException.class)
                .hasMessageContaining("Gatling '3.14.3'").hasMessageContaining("3.15.");
    }

    @Test
    void a_reference_to_a_string_never_defined_is_refused(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SimulationLogWriter(bytes, new SimulationLogHeader("3.15.1", "S", 0, "", List.of("s"), List.of()))
                .close();
        int recordAt = bytes.size();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(SimulationLogFormat.ERROR);
        out.writeInt(-5); // a cache hit of string #5, never defined
        out.writeInt(10);
        Path file = Files.write(dir.resolve("simulation.log"), bytes.toByteArray());
        assertThatThrownBy(() -> RandomLogs.read(file))
                .isInstanceOfSatisfying(SimulationLogException.class,
                        e -> assertThat(e.offset()).isEqualTo(recordAt + 1))
                .hasMessageContaining("cached string #5");
    }

    @Test
    void an_impossible_string_length_is_refused_without_allocating_it(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(SimulationLogFormat.RUN);
        out.writeInt(Integer.MAX_VALUE);
        Path file = Files.write(dir.resolve("simulation.log"), bytes.toByteArray());
        assertThatThrownBy(() -> SimulationLogReader.open(file))
                .isInstanceOfSatisfying(SimulationLogException.class, e -> assertThat(e.offset()).isEqualTo(1))
                .hasMessageContaining("impossible length");
    }

    static SimulationLogRecord.RequestRecord request(String name, int end) {
        return new SimulationLogRecord.RequestRecord(List.of(), name, end - 1, end, true, "");
    }

    /** Offsets at which each record starts, then the file's end. */
    static List<Long> boundaries(Path file) throws IOException {
        List<Long> b = new ArrayList<>();
        try (SimulationLogReader r = SimulationLogReader.open(file)) {
            while (r.next() != null) {
                b.add(r.recordOffset());
            }
        }
        b.add(Files.size(file));
        return b;
    }

    private static long lastBefore(List<Long> boundaries, int length) {
        long last = 0;
        for (long b : boundaries) {
            if (b < length) {
                last = b;
            }
        }
        return last;
    }
}
