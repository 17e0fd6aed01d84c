package dev.ateraharness.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.evidence.LogFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The run history: one {@link RunRecord} per line of a JSON-lines file ({@code reports/history.jsonl} by default,
 * or the {@code atera.history} system property). Appending never rewrites earlier lines.
 *
 * <p>Guarantees: reads stream the file and keep only what the query needs (bounded memory for a long history);
 * a line that is not a record fails the read with a {@link LogFormatException} naming the file and line (a
 * baseline picked from a half-read history could be the wrong one); lines longer than {@value #MAX_LINE} chars
 * are refused before they are read whole. Appends from threads of one process are serialised; separate processes appending to one file at
 * the same moment are not coordinated.
 */
public final class RunHistory {

    /** Longest accepted line: a record with a few sample figures is ~20-60 KB. */
    static final int MAX_LINE = 4 << 20;

    private final Path file;

    public RunHistory(Path file) {
        this.file = file;
    }

    /** {@code -Datera.history} when set, else {@code reports/history.jsonl} under the working directory. */
    public static Path defaultFile() {
        String p = System.getProperty("atera.history");
        return p != null && !p.isBlank() ? Path.of(p) : Path.of("reports", "history.jsonl");
    }

    public Path file() {
        return file;
    }

    /** Adds a record at the end (creating the file and its folder). */
    public void append(RunRecord r) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] line = (RecordJson.write(r) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (RunHistory.class) {
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** The record with this run id (the last one, should an id repeat). */
    public Optional<RunRecord> find(String runId) throws IOException {
        List<RunRecord> r = last(x -> x.runId().equals(runId), 1);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** The default baseline: the latest passing record with this fingerprint, other than {@code excludeRunId}. */
    public Optional<RunRecord> latestPassing(String fingerprint, String excludeRunId) throws IOException {
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        List<RunRecord> r = last(x -> x.passed() && x.fingerprint().equals(fingerprint)
                && !x.runId().equals(excludeRunId), 1);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /**
     * The default baseline of several runs: the last {@code k} passing records with this fingerprint, other than
     * {@code excludeRunId}, oldest first; empty when there is none.
     */
    public List<RunRecord> lastPassing(String fingerprint, String excludeRunId, int k) throws IOException {
        if (fingerprint.isEmpty() || k < 1) {
            return List.of();
        }
        return last(x -> x.passed() && x.fingerprint().equals(fingerprint) && !x.runId().equals(excludeRunId), k);
    }

    /** The latest record of all. */
    public Optional<RunRecord> latest() throws IOException {
        List<RunRecord> r = last(x -> true, 1);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** The last {@code n} records with this fingerprint, oldest first (the trend). */
    public List<RunRecord> trend(String fingerprint, int n) throws IOException {
        return fingerprint.isEmpty() ? List.of() : last(x -> x.fingerprint().equals(fingerprint), n);
    }

    /** The last {@code n} records matching, oldest first; empty when the file does not exist. */
    public List<RunRecord> last(Predicate<RunRecord> which, int n) throws IOException {
        Deque<RunRecord> keep = new ArrayDeque<>();
        if (!Files.exists(file)) {
            return List.of();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNo = 0;
            String line;
            while ((line = boundedLine(in, file, lineNo + 1)) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                RunRecord r = parse(line, lineNo);
                if (which.test(r)) {
                    keep.addLast(r);
                    if (keep.size() > n) {
                        keep.removeFirst();
                    }
                }
            }
        }
        return new ArrayList<>(keep);
    }

    /** The next line, or null at the end; a line longer than {@link #MAX_LINE} fails before it is all read. */
    static String boundedLine(BufferedReader in, Path file, long lineNo) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (b.length() >= MAX_LINE) {
                throw new LogFormatException(file, lineNo, "line longer than " + MAX_LINE + " characters");
            }
            b.append((char) c);
        }
        if (c == -1 && b.length() == 0) {
            return null;
        }
        int n = b.length();
        return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
    }

    private RunRecord parse(String line, long lineNo) throws LogFormatException {
        try {
            JsonNode node = RecordJson.JSON.readTree(line);
            return RecordJson.read(node);
        } catch (JsonProcessingException e) {
            throw new LogFormatException(file, lineNo, "not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new LogFormatException(file, lineNo, e.getMessage());
        }
    }
}
