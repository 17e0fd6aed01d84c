package dev.ateraharness.simulations.support;

import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.report.Reports;
import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.stats.Arrival;
import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.AttemptLog;
import dev.ateraharness.evidence.AttemptLogFormat;
import dev.ateraharness.evidence.KeyLabelsFormat;
import dev.ateraharness.evidence.SyncSummaryFormat;
import dev.ateraharness.stats.ComplianceCheck;
import dev.ateraharness.stats.PaginationCheck;
import dev.ateraharness.stats.RetryAfterCheck;
import dev.ateraharness.evidence.SyncSummaryRow;
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
 * After the verdict, {@link RunBaseline} records the run in the history and, when a baseline exists, compares
 * with it: a regression fails the run like a failed gate.
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
    public OperationOutcome judge() {
        try {
            return judgeOrThrow();
        } catch (Exception e) {
            return OperationOutcome.ko(OperationOutcome.NO_STATUS, "verdict not computed: " + e);
        }
    }

    private OperationOutcome judgeOrThrow() throws IOException {
        if (settings.injector().shared()) {
            // one stub log, k injectors: judged once, by check over the stub's arrival log after all have ended
            attempts.flush();
            System.out.println("atera-harness: injector " + settings.injector() + " done; the verdict comes from one"
                    + " check of the stub's arrival log after every injector (.ci/multi-injector.sh)");
            return OperationOutcome.ok(OperationOutcome.NO_STATUS);
        }
        Path folder = RunFolder.find(RunFolder.resultsRoot(settings), simulation, startedMillis);
        lastFolder = folder;
        Path out = folder.resolve("compliance");
        Files.createDirectories(out);
        attempts.flush();
        Files.copy(attemptsFile, out.resolve("attempts.csv"), StandardCopyOption.REPLACE_EXISTING);
        List<Arrival> arrivals = target.arrivals(out.resolve("arrivals.csv"));
        KeyLabelsFormat.write(out.resolve(KeyLabelsFormat.FILE_NAME), target.keyLabels());
        AttemptLog attemptLog = AttemptLogFormat.read(out.resolve("attempts.csv"));
        if (!attemptLog.complete()) {
            return OperationOutcome.ko(OperationOutcome.NO_STATUS, "verdict failed: the attempt log lost " + attemptLog.lostRows()
                    + " row(s); a log that lost rows cannot pass");
        }
        List<Attempt> allAttempts = attemptLog.attempts();
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
                RunFigures figures = RunFigures.of(one, fp, syncs);
                console.append("\n  ").append(label).append(": ").append(one.overall()).append(", ").append(figures);
                if (gatedLabels.contains(label) && !one.passed()) {
                    failures.add(label + ": " + failedChecks(one));
                }
                utilisationGate(label, figures, failures);
            }
        } else if (labels.size() == 1) {
            String fp = labels.keySet().iterator().next();
            RunFigures figures = RunFigures.of(combined, fp, allSyncs);
            console.append("\n  ").append(labels.get(fp)).append(": ").append(figures);
            utilisationGate(labels.get(fp), figures, failures);
        }
        console.append("\n  the same verdict from the logs: ").append(checkCommand(out, !allSyncs.isEmpty()));
        if (gatedLabels.isEmpty() && !combined.passed()) {
            failures.add(failedChecks(combined));
        }
        RunBaseline.BaselineGate baseline = RunBaseline.gate(settings, simulation, allAttempts, arrivals, allSyncs,
                failures.isEmpty(), out.resolve("compare"));
        console.append("\n  ").append(baseline.console());
        baseline.failure().ifPresent(failures::add);
        System.out.println(console);
        return failures.isEmpty() ? OperationOutcome.ok(OperationOutcome.NO_STATUS)
                : OperationOutcome.ko(OperationOutcome.NO_STATUS, "verdict failed: " + String.join("; ", failures));
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

    /** The {@code check} command that judges this run's own logs as the run did (combined verdict). */
    String checkCommand(Path out, boolean withSyncs) {
        String gates = String.join(",", check(Map.of(), withSyncs).settings().gates().stream().sorted().toList());
        return "atera-harness check --arrivals " + out.resolve("arrivals.csv") + " --attempts "
                + out.resolve("attempts.csv") + (withSyncs ? " --sync-summary " + out.resolve("sync-summary.json") : "")
                + " --limit " + settings.limit() + " --window " + settings.window().toMillis() + "ms --gate " + gates
                + (serverViewNote.isEmpty() ? "" : " (this run also judged Retry-After on the client side only)");
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
                s.requests(), s.duration().toMillis())).toList();
    }

    private static void writeSummaries(List<SyncSummary> syncs, Path file) throws IOException {
        SyncSummaryFormat.write(file, rows(syncs));
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
