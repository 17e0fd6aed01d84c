package dev.ateraharness.report.gatling;

import dev.ateraharness.report.gatling.SimulationLogRecord.UserRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Merges the {@code simulation.log} files of k Gatling 3.15 runs of one simulation (k injectors) into one log that
 * Gatling's reports-only mode renders as one report.
 *
 * <p>Guarantees: every input has the same Gatling version and simulation class, else nothing is written; every
 * record of every input is in the output exactly once, with its times rebased onto the earliest input's start (the
 * merged run's start) and its scenario renumbered into the union of the inputs' scenarios (by name, in first-seen
 * order); records are interleaved in time order by a k-way merge (Gatling's report assumes user events move
 * forward); strings are decoded and re-encoded exactly, through a string cache rebuilt for the output. The run
 * description is the first input's; so are the assertions (the inputs are runs of one simulation), unless the caller
 * drops them (count assertions of one injector do not hold for the sum of k). A truncated or corrupt input is a
 * {@link SimulationLogException} naming the file and byte offset, and then nothing is written: the output is
 * written to a temporary file beside it and moved into place at the end. Memory is bounded by k read buffers and
 * the string caches (one entry per distinct request name, group or message), never by the number of records.
 *
 * <p>Not guaranteed: any other Gatling version's format (Gatling itself refuses a log from another version); clocks
 * of different machines agreeing (each input's times come from its own injector's clock).
 */
public final class SimulationLogMerge {

    /** What a merge wrote. */
    public record Result(Path output, String gatlingVersion, String simulationClassName, Instant start,
                         List<String> scenarios, List<Long> recordsPerInput, long records, int assertions,
                         boolean assertionsDiffer) {
        public Result {
            scenarios = List.copyOf(scenarios);
            recordsPerInput = List.copyOf(recordsPerInput);
        }
    }

    /** Whether the output keeps the first input's assertions or drops them. */
    public enum AssertionSource { FIRST_INPUT, NONE }

    private SimulationLogMerge() {
    }

    /** Merges {@code inputs} into {@code output} (a file; replaced if present), keeping the first input's assertions. */
    public static Result merge(List<Path> inputs, Path output) throws IOException {
        return merge(inputs, output, AssertionSource.FIRST_INPUT);
    }

    /** Merges {@code inputs} into {@code output} (a file; replaced if present). */
    public static Result merge(List<Path> inputs, Path output, AssertionSource assertions) throws IOException {
        if (inputs.isEmpty()) {
            throw new SimulationLogException("no simulation.log to merge: name one or more");
        }
        checkDistinct(inputs, output);
        List<SimulationLogReader> readers = new ArrayList<>();
        try {
            for (Path in : inputs) {
                readers.add(SimulationLogReader.open(in));
            }
            return mergeOpen(readers, output, assertions);
        } finally {
            for (SimulationLogReader r : readers) {
                r.close();
            }
        }
    }

    private static Result mergeOpen(List<SimulationLogReader> readers, Path output, AssertionSource assertions)
            throws IOException {
        SimulationLogHeader first = readers.get(0).header();
        long start = Long.MAX_VALUE;
        Map<String, Integer> scenarios = new LinkedHashMap<>();
        boolean assertionsDiffer = false;
        for (SimulationLogReader r : readers) {
            SimulationLogHeader h = r.header();
            if (!h.gatlingVersion().equals(first.gatlingVersion())) {
                throw new SimulationLogException(r.file(), -1, "written by Gatling " + h.gatlingVersion() + ", but "
                        + readers.get(0).file() + " by Gatling " + first.gatlingVersion()
                        + ": merge logs of one Gatling version (its reader accepts only its own)");
            }
            if (!h.simulationClassName().equals(first.simulationClassName())) {
                throw new SimulationLogException(r.file(), -1, "a run of " + h.simulationClassName() + ", but "
                        + readers.get(0).file() + " is a run of " + first.simulationClassName()
                        + ": merge runs of one simulation");
            }
            start = Math.min(start, h.start());
            h.scenarios().forEach(s -> scenarios.putIfAbsent(s, scenarios.size()));
            assertionsDiffer |= !sameBytes(h.assertions(), first.assertions());
        }
        SimulationLogHeader merged = new SimulationLogHeader(first.gatlingVersion(), first.simulationClassName(),
                start, first.runDescription(), List.copyOf(scenarios.keySet()),
                assertions == AssertionSource.NONE ? List.of() : first.assertions());

        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + output.getFileName(), ".part");
        long[] counts = new long[readers.size()];
        try {
            try (OutputStream os = Files.newOutputStream(temp);
                 SimulationLogWriter w = new SimulationLogWriter(os, merged)) {
                interleave(readers, merged, scenarios, counts, w);
            }
            move(temp, output);
        } finally {
            Files.deleteIfExists(temp);
        }
        List<Long> perInput = Arrays.stream(counts).boxed().toList();
        return new Result(output, merged.gatlingVersion(), merged.simulationClassName(), Instant.ofEpochMilli(start),
                merged.scenarios(), perInput, Arrays.stream(counts).sum(), merged.assertions().size(),
                assertionsDiffer);
    }

    /** One input's next record, rebased: the k-way merge's queue holds one per input. */
    private record Head(SimulationLogRecord record, int input) {
    }

    private static void interleave(List<SimulationLogReader> readers, SimulationLogHeader merged,
                                   Map<String, Integer> scenarios, long[] counts, SimulationLogWriter w)
            throws IOException {
        int k = readers.size();
        int[] delta = new int[k];
        int[][] scenarioMap = new int[k][];
        for (int i = 0; i < k; i++) {
            SimulationLogHeader h = readers.get(i).header();
            long d = h.start() - merged.start();
            if (d > Integer.MAX_VALUE) {
                throw new SimulationLogException(readers.get(i).file(), -1, "its run starts " + d + " ms after the "
                        + "earliest input's: offsets are ints of ms, so runs must start within 24 days of each other");
            }
            delta[i] = (int) d;
            scenarioMap[i] = h.scenarios().stream().mapToInt(scenarios::get).toArray();
        }
        PriorityQueue<Head> queue = new PriorityQueue<>(
                Comparator.comparingInt((Head h) -> h.record().time()).thenComparingInt(Head::input));
        for (int i = 0; i < k; i++) {
            pull(readers.get(i), i, delta[i], scenarioMap[i], queue);
        }
        while (!queue.isEmpty()) {
            Head head = queue.poll();
            w.write(head.record());
            counts[head.input()]++;
            pull(readers.get(head.input()), head.input(), delta[head.input()], scenarioMap[head.input()], queue);
        }
    }

    private static void pull(SimulationLogReader r, int input, int delta, int[] scenarioMap, PriorityQueue<Head> queue)
            throws IOException {
        SimulationLogRecord next = r.next();
        if (next == null) {
            return;
        }
        if (next instanceof UserRecord u) {
            next = u.inScenario(scenarioMap[u.scenario()]);
        }
        try {
            queue.add(new Head(next.shifted(delta), input));
        } catch (ArithmeticException e) {
            throw new SimulationLogException(r.file(), r.recordOffset(), "a time offset of this record leaves the "
                    + "int range once rebased by " + delta + " ms onto the earliest input's start");
        }
    }

    private static void checkDistinct(List<Path> inputs, Path output) throws IOException {
        Set<Path> seen = new HashSet<>();
        Path out = output.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path real = Files.exists(in) ? in.toRealPath() : in.toAbsolutePath().normalize();
            if (!seen.add(real)) {
                throw new SimulationLogException(in, -1, "given twice: its records would count twice");
            }
            if (real.equals(out) || (Files.exists(out) && Files.isSameFile(in, out))) {
                throw new SimulationLogException(in, -1, "is also the output: write the merged log elsewhere");
            }
        }
    }

    private static boolean sameBytes(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void move(Path temp, Path output) throws IOException {
        try {
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
