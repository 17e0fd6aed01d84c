package dev.ateraharness.report.gatling;

import dev.ateraharness.report.gatling.SimulationLogRecord.ErrorRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.GroupRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.RequestRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.UserRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random Gatling 3.15 logs for the tests, written by {@link SimulationLogWriter}; seeded, so reproducible. */
final class RandomLogs {

    static final String VERSION = "3.15.1";
    static final String SIMULATION = "dev.example.SomeSimulation";

    /** Names and messages: ASCII, Latin-1, beyond Latin-1 (BMP and a surrogate pair), empty, tabs and newlines. */
    static final List<String> STRINGS = List.of("GET /tickets", "full sync tickets", "café ÿ", "日本語 チケット",
            "€ 100", "emoji 😀 here", "", "tab\tand\nnewline", "Ω", "a");
    static final List<String> SCENARIOS = List.of("alpha", "beta", "gamma 日本", "délta");

    /** One log: its header and its records (ordered by time, as Gatling writes them). */
    record Log(SimulationLogHeader header, List<SimulationLogRecord> records) {
    }

    private RandomLogs() {
    }

    static Log log(Random random, long start, String version, String simulation) {
        List<String> scenarios = new ArrayList<>(SCENARIOS);
        java.util.Collections.shuffle(scenarios, random);
        scenarios = scenarios.subList(0, 1 + random.nextInt(scenarios.size()));
        List<byte[]> assertions = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            byte[] a = new byte[random.nextInt(20)];
            random.nextBytes(a);
            assertions.add(a);
        }
        SimulationLogHeader header = new SimulationLogHeader(version, simulation, start,
                random.nextBoolean() ? "" : "run é " + random.nextInt(100), scenarios, assertions);
        List<SimulationLogRecord> records = new ArrayList<>();
        int time = random.nextInt(50);
        for (int i = random.nextInt(60); i > 0; i--) {
            time += random.nextInt(30);
            records.add(switch (random.nextInt(4)) {
                case 0 -> new UserRecord(random.nextInt(scenarios.size()), random.nextBoolean(), time);
                case 1 -> new RequestRecord(groups(random), pick(random), time - random.nextInt(20), time,
                        random.nextBoolean(), pick(random));
                case 2 -> new GroupRecord(groups(random), time - random.nextInt(20), time, random.nextInt(100),
                        random.nextBoolean());
                default -> new ErrorRecord(pick(random), time);
            });
        }
        return new Log(header, records);
    }

    static Log log(Random random, long start) {
        return log(random, start, VERSION, SIMULATION);
    }

    private static List<String> groups(Random random) {
        List<String> g = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            g.add(pick(random));
        }
        return g;
    }

    private static String pick(Random random) {
        return STRINGS.get(random.nextInt(STRINGS.size()));
    }

    static Path write(Log log, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(file); SimulationLogWriter w = new SimulationLogWriter(os,
                log.header())) {
            for (SimulationLogRecord r : log.records()) {
                w.write(r);
            }
        }
        return file;
    }

    static Log read(Path file) throws IOException {
        try (SimulationLogReader r = SimulationLogReader.open(file)) {
            List<SimulationLogRecord> records = new ArrayList<>();
            for (SimulationLogRecord next = r.next(); next != null; next = r.next()) {
                records.add(next);
            }
            return new Log(r.header(), records);
        }
    }

    /** Headers compare by content (assertions are byte arrays). */
    static String describe(SimulationLogHeader h) {
        StringBuilder sb = new StringBuilder(h.gatlingVersion() + "|" + h.simulationClassName() + "|" + h.start()
                + "|" + h.runDescription() + "|" + h.scenarios());
        h.assertions().forEach(a -> sb.append('|').append(new String(a, StandardCharsets.ISO_8859_1)));
        return sb.toString();
    }

    static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
