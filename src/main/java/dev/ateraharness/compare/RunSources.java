package dev.ateraharness.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.AttemptLog;
import dev.ateraharness.evidence.AttemptLogFormat;
import dev.ateraharness.evidence.SyncSummaryFormat;
import dev.ateraharness.evidence.SyncSummaryRow;
import dev.ateraharness.evidence.LogFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a user names on the command line into a {@link RunRecord}: a run folder (a Gatling run folder with
 * {@code compliance/}, or any folder holding {@code attempts.csv|.jsonl}, {@code arrivals.csv|.jsonl},
 * {@code sync-summary.json} and {@code verdict.json}), a history file (its latest record), an attempt log (CSV or
 * JSON lines, as {@code sync --attempts-log} writes it), or a run id in the history.
 *
 * <p>This is the one place the comparison reads logs (the stats readers); when the log readers move to another
 * package, only this class changes. Fails with a {@link LogFormatException} (file and line) on unreadable input
 * and an {@link IllegalArgumentException} when the name matches nothing.
 */
public final class RunSources {

    private RunSources() {
    }

    /** @param limit N and {@code window} W for figures that need them, unless the run folder's verdict says */
    public static RunRecord load(String spec, RunHistory history, int limit, Duration window) throws IOException {
        Path p;
        try {
            p = Path.of(spec);
        } catch (InvalidPathException e) {
            p = null;
        }
        if (p != null && Files.isDirectory(p)) {
            return folder(p, limit, window);
        }
        if (p != null && Files.isRegularFile(p)) {
            if (isHistory(p)) {
                return new RunHistory(p).latest().orElseThrow(() -> new IllegalArgumentException(
                        spec + ": the history file has no record"));
            }
            return fromLogs(spec, "file", attempts(p), Optional.empty(), new double[0], limit, window);
        }
        return history.find(spec).orElseThrow(() -> new IllegalArgumentException("'" + spec + "' is no run folder, "
                + "file or run id in " + history.file() + " (run ids: the runId field of each line)"));
    }

    /** The figures of a run whose attempt log (if any) is in a file and whose sync durations are known. */
    public static List<FigureData> figures(Optional<Path> attemptsLog, double[] syncDurationsMs, int limit,
                                           Duration window) throws IOException {
        List<Attempt> att = attemptsLog.isPresent() ? attempts(attemptsLog.get()) : List.of();
        return RunMeasures.of(att, Optional.empty(), syncDurationsMs, limit, window);
    }

    /** The run a record stands for, built from its logs. */
    public static RunRecord fromLogs(String id, String source, List<Attempt> attempts, Optional<ArrivalLog> arrivals,
                                     double[] syncDurationsMs, int limit, Duration window) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("limit", Integer.toString(limit));
        settings.put("window", window.toString());
        return new RunRecord(id, java.time.Instant.now(), source, "", "", settings, true,
                RunMeasures.of(attempts, arrivals, syncDurationsMs, limit, window));
    }

    private static RunRecord folder(Path dir, int limit, Duration window) throws IOException {
        Path d = Files.isDirectory(dir.resolve("compliance")) ? dir.resolve("compliance") : dir;
        Optional<Path> attempts = first(d, "attempts.csv", "attempts.jsonl");
        Optional<Path> arrivals = first(d, "arrivals.csv", "arrivals.jsonl");
        if (attempts.isEmpty() && arrivals.isEmpty()) {
            throw new IllegalArgumentException(dir + ": a run folder needs attempts.csv|.jsonl or arrivals.csv|.jsonl");
        }
        Path verdict = d.resolve("verdict.json");
        if (Files.isRegularFile(verdict)) {
            JsonNode s = RecordJson.JSON.readTree(verdict.toFile()).path("settings");
            if (s.path("limit").canConvertToInt() && s.path("windowSeconds").isNumber()) {
                limit = s.get("limit").asInt();
                window = Duration.ofNanos(Math.round(s.get("windowSeconds").asDouble() * 1e9));
            }
        }
        List<Attempt> att = attempts.isPresent() ? attempts(attempts.get()) : List.of();
        Optional<ArrivalLog> arr = arrivals.isPresent() ? Optional.of(ArrivalLog.read(arrivals.get()))
                : Optional.empty();
        Optional<Path> summary = first(d, "sync-summary.json", "summary.json");
        double[] durations = summary.isPresent() ? syncDurations(summary.get()) : new double[0];
        String id = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        return fromLogs(id, "folder", att, arr, durations, limit, window);
    }

    /** {@code durationMs} of each element of a sync summary (elements without it are skipped). */
    public static double[] syncDurations(Path file) throws IOException {
        return SyncSummaryFormat.read(file).stream().mapToLong(SyncSummaryRow::durationMs).filter(d -> d >= 0)
                .asDoubleStream().toArray();
    }

    /** An attempt log's rows; one that lost rows is refused, since no comparison on part of a run can be trusted. */
    static List<Attempt> attempts(Path file) throws IOException {
        AttemptLog log = AttemptLogFormat.read(file);
        if (!log.complete()) {
            throw new LogFormatException(file, 0, "the attempt log is incomplete (" + log.lostRows()
                    + " attempt(s) were not recorded): a comparison on part of a run would mislead");
        }
        return log.attempts();
    }

    private static Optional<Path> first(Path dir, String... names) {
        for (String n : names) {
            if (Files.isRegularFile(dir.resolve(n))) {
                return Optional.of(dir.resolve(n));
            }
        }
        return Optional.empty();
    }

    /** A JSON-lines file whose first non-blank line is a history record. */
    static boolean isHistory(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = RunHistory.boundedLine(in, file, 0)) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (!line.stripLeading().startsWith("{")) {
                    return false;
                }
                try {
                    return RecordJson.isRecord(RecordJson.JSON.readTree(line));
                } catch (IOException e) {
                    return false;
                }
            }
        } catch (java.nio.charset.MalformedInputException | LogFormatException e) {
            return false; // not text, or a first line too long for a history: not a history
        }
        return false;
    }
}
