package dev.ateraharness.simulations.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.report.Reports;
import dev.ateraharness.simulations.bridge.Outcome;
import dev.ateraharness.stats.Arrival;
import dev.ateraharness.stats.Attempt;
import dev.ateraharness.stats.AttemptLogReader;
import dev.ateraharness.stats.ComplianceCheck;
import dev.ateraharness.stats.PaginationCheck;
import dev.ateraharness.stats.RetryAfterCheck;
import dev.ateraharness.stats.SyncSummaryRow;
import dev.ateraharness.stats.Verdict;
import dev.ateraharness.stats.WindowCheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The compliance verdict of one simulation run, computed after its users are done from the stub's arrival log,
 * the clients' attempt log and their sync summaries, and written next to Gatling's report:
 * {@code <gatling run folder>/compliance/} (all keys side by side: {@code report.html}, {@code junit.xml},
 * {@code summary.md}, {@code verdict.json}, plus the three input logs) and, when the run has several keys,
 * {@code compliance/<label>/} with each key judged alone.
 *
 * <p>Gates: {@code window} and {@code retry-after}, plus {@code pagination} for keys driven by a
 * {@link SharedClient}. {@link #gatedLabels} chooses whose verdicts decide the run (default: all keys together).
 * Does not: judge an external target that is not an atera-harness stub (no arrival log: the verdict fails).
 */
public final class ComplianceRun {

    private final SimulationSettings settings;
    private final SimulationTarget target;
    private final String simulation;
    private final long startedMillis;
    private final Path staging;
    private final Path attemptsFile;
    private final AttemptLogWriter attempts;
    private final Map<String, SharedClient> clients = new LinkedHashMap<>();
    private Set<String> gatedLabels = Set.of();
    private Function<List<Arrival>, List<Arrival>> serverView = Function.identity();
    private String serverViewNote = "";
    private final Map<String, Integer> minNearLimitWindows = new LinkedHashMap<>();
    private volatile Path lastFolder;

    public ComplianceRun(SimulationSettings settings, SimulationTarget target, String simulation) {
        this.settings = settings;
        this.target = target;
        this.simulation = simulation;
        this.startedMillis = System.currentTimeMillis();
        try {
            this.staging = Files.createTempDirectory("atera-" + simulation.toLowerCase(Locale.ROOT));
            this.attemptsFile = staging.resolve("attempts.csv");
            this.attempts = AttemptLogWriter.open(attemptsFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the attempt log", e);
        }
    }

    /**
     * A server view for runs with several workers on one key: the arrivals without their Retry-After, so the
     * {@code retry-after} gate judges the client side only (each retry against the response that asked it to
     * wait). The server-side view is strict (the key's very next arrival after a 429/503 must wait), and with
     * concurrent workers the requests already in flight when the 429 went out arrive early by almost the whole
     * Retry-After, exactly as a client ignoring it would: no tolerance separates the two.
     */
    public static List<Arrival> withoutRetryAfter(List<Arrival> arrivals) {
        return arrivals.stream().map(a -> new Arrival(a.timeNanos(), a.key(), a.method(), a.path(), a.status(),
                Double.NaN)).toList();
    }

    /** Where every shared client sends its attempts. */
    public AttemptLogWriter attempts() {
        return attempts;
    }

    /** Registers a client: its syncs feed the pagination gate, its key gets its label. */
    public SharedClient track(SharedClient client) {
        clients.put(client.label(), client);
        return client;
    }

    /** Only these labels' own verdicts gate the run (the others are reported beside them). */
    public ComplianceRun gatedLabels(Set<String> labels) {
        this.gatedLabels = Set.copyOf(labels);
        return this;
    }

    /**
     * The arrivals the {@code retry-after} check's server-side view sees (the window check always sees them all),
     * with a sentence for the console saying why.
     */
    public ComplianceRun serverView(Function<List<Arrival>, List<Arrival>> view, String note) {
        this.serverView = view;
        this.serverViewNote = note;
        return this;
    }

    /**
     * An extra gate: {@code label}'s key must have run near the limit (at least 90 % of N) in at least
     * {@code windows} disjoint windows (see {@link RunFigures#nearLimitWindows()}).
     */
    public ComplianceRun minNearLimitWindows(String label, int windows) {
        minNearLimitWindows.put(label, windows);
        return this;
    }

    /** The run folder the last {@link #judge()} wrote to. */
    public Path lastFolder() {
        return lastFolder;
    }

    /** Judges the run and writes the reports; OK when every gated verdict passed, else KO naming what failed. */
    public Outcome judge() {
        try {
            return judgeOrThrow();
        } catch (Exception e) {
            return Outcome.ko(Outcome.NO_STATUS, "verdict not computed: " + e);
        }
    }

    private Outcome judgeOrThrow() throws IOException {
        if (settings.injector().shared()) {
            // one stub log, k injectors: judged once, by check over the stub's arrival log after all have ended
            attempts.flush();
            System.out.println("atera-harness: injector " + settings.injector() + " done; the verdict comes from one"
                    + " check of the stub's arrival log after every injector (.ci/multi-injector.sh)");
            return Outcome.ok(Outcome.NO_STATUS);
        }
        Path folder = RunFolder.find(RunFolder.resultsRoot(settings), simulation, startedMillis);
        lastFolder = folder;
        Path out = folder.resolve("compliance");
        Files.createDirectories(out);
        attempts.flush();
        Files.copy(attemptsFile, out.resolve("attempts.csv"), StandardCopyOption.REPLACE_EXISTING);
        List<Arrival> arrivals = target.arrivals(out.resolve("arrivals.csv"));
        List<Attempt> allAttempts = AttemptLogReader.read(out.resolve("attempts.csv"));
        List<SyncSummary> allSyncs = new ArrayList<>();
        clients.values().forEach(c -> allSyncs.addAll(c.summaries()));
        writeSummaries(allSyncs, out.resolve("sync-summary.json"));

        Map<String, String> labels = target.labelsByFingerprint();
        Verdict combined = check(labels, !allSyncs.isEmpty()).run(view(arrivals), Optional.of(allAttempts),
                allSyncs.isEmpty() ? Optional.empty() : Optional.of(rows(allSyncs)));
        Reports.writeAll(combined, out);
        List<String> failures = new ArrayList<>();
        StringBuilder console = new StringBuilder("atera-harness verdict (" + out + "): " + combined.overall());
        if (!serverViewNote.isEmpty()) {
            console.append("\n  ").append(serverViewNote);
        }
        if (labels.size() > 1) {
            for (Map.Entry<String, String> e : labels.entrySet()) {
                String fp = e.getKey();
                String label = e.getValue();
                SharedClient client = clients.get(label);
                List<SyncSummary> syncs = client == null ? List.of() : client.summaries();
                Verdict one = check(Map.of(fp, label), client != null).run(
                        view(arrivals.stream().filter(a -> a.key().equals(fp)).toList()),
                        Optional.of(allAttempts.stream().filter(a -> a.key().equals(fp)).toList()),
                        client == null ? Optional.empty() : Optional.of(rows(syncs)));
                Reports.writeAll(one, out.resolve(slug(label)));
                RunFigures figures = RunFigures.of(settings, one, fp, arrivals, syncs);
                console.append("\n  ").append(label).append(": ").append(one.overall()).append(", ").append(figures);
                if (gatedLabels.contains(label) && !one.passed()) {
                    failures.add(label + ": " + failedChecks(one));
                }
                utilisationGate(label, figures, failures);
            }
        } else if (labels.size() == 1) {
            String fp = labels.keySet().iterator().next();
            RunFigures figures = RunFigures.of(settings, combined, fp, arrivals, allSyncs);
            console.append("\n  ").append(labels.get(fp)).append(": ").append(figures);
            utilisationGate(labels.get(fp), figures, failures);
        }
        if (gatedLabels.isEmpty() && !combined.passed()) {
            failures.add(failedChecks(combined));
        }
        System.out.println(console);
        return failures.isEmpty() ? Outcome.ok(Outcome.NO_STATUS)
                : Outcome.ko(Outcome.NO_STATUS, "verdict failed: " + String.join("; ", failures));
    }

    private void utilisationGate(String label, RunFigures figures, List<String> failures) {
        Integer min = minNearLimitWindows.get(label);
        if (min != null && figures.nearLimitWindows() < min) {
            failures.add(label + ": near the limit (>= 90% of N) in only " + figures.nearLimitWindows()
                    + " disjoint windows, not " + min);
        }
    }

    private List<Arrival> view(List<Arrival> arrivals) {
        return serverView.apply(arrivals);
    }

    private ComplianceCheck check(Map<String, String> labels, boolean withSyncs) {
        Set<String> gates = new TreeSet<>(Set.of(WindowCheck.ID, RetryAfterCheck.ID));
        if (withSyncs) {
            gates.add(PaginationCheck.ID);
        }
        return ComplianceCheck.builder().limit(settings.limit()).window(settings.window()).labels(labels)
                .gates(gates).build();
    }

    private static String failedChecks(Verdict v) {
        return v.checks().stream().filter(c -> c.failsRun())
                .map(c -> c.id() + " " + c.outcome() + " (" + c.explanation() + ")").toList().toString();
    }

    static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static List<SyncSummaryRow> rows(List<SyncSummary> syncs) {
        return syncs.stream().map(s -> new SyncSummaryRow(s.entity(), s.itemsSeen(), s.totalItemCount(), s.pages(),
                s.requests())).toList();
    }

    private static void writeSummaries(List<SyncSummary> syncs, Path file) throws IOException {
        List<Map<String, Object>> json = new ArrayList<>();
        for (SyncSummary s : syncs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entity", s.entity());
            m.put("itemsSeen", s.itemsSeen());
            m.put("totalItemCount", s.totalItemCount());
            m.put("pages", s.pages());
            m.put("requests", s.requests());
            m.put("durationMs", s.duration().toMillis());
            json.add(m);
        }
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    }

    /** Closes the attempt log and deletes the staging copy (the reports keep theirs). */
    public void close() {
        try {
            attempts.close();
            Files.deleteIfExists(attemptsFile);
            Files.deleteIfExists(staging);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

}
