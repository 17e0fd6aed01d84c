package dev.ateraharness.cli;

import dev.ateraharness.compare.FigureData;
import dev.ateraharness.compare.RunMeasures;
import dev.ateraharness.compare.RunRecord;
import dev.ateraharness.compare.RunSources;
import dev.ateraharness.report.ReportFiles;
import dev.ateraharness.report.Reports;
import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.AttemptLog;
import dev.ateraharness.evidence.AttemptLogFormat;
import dev.ateraharness.evidence.KeyLabel;
import dev.ateraharness.evidence.KeyLabelsFormat;
import dev.ateraharness.evidence.LogFormatException;
import dev.ateraharness.evidence.SyncSummaryFormat;
import dev.ateraharness.evidence.SyncSummaryRow;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.stats.ComplianceCheck;
import dev.ateraharness.time.Durations;
import dev.ateraharness.stats.RetryAfterGrace;
import dev.ateraharness.stats.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atera-harness check}: judges an arrival log (and optionally an attempt log and a sync summary) against
 * the limit, prints the verdict table and writes the reports. Exit 0 when every gate passes, 1 when a gate fails
 * or is inconclusive, 2 for usage errors or unreadable input (the message names the file and line).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Judge logs against the rate limit and write reports (verdict.json, report.html, junit.xml, "
                + "summary.md).", "Exit codes: 0 every gate passed, 1 a gate failed or was inconclusive, "
                + "2 usage error or unreadable input."})
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--arrivals", required = true, paramLabel = "FILE",
            description = "Arrival log (CSV with a header, or JSON lines .jsonl/.ndjson).")
    Path arrivals;

    @Option(names = "--attempts", paramLabel = "FILE", description = "Attempt log of the client (CSV or JSON lines).")
    Path attempts;

    @Option(names = "--sync-summary", paramLabel = "FILE", description = "Sync summary (JSON array).")
    Path syncSummary;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "700",
            description = "Requests allowed per window per key (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--window", paramLabel = "W", defaultValue = "60s", converter = DurationConverter.class,
            description = "Window length: 60s, 500ms, 2m or ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration window;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Report directory (default: reports/check-<yyyyMMdd-HHmmss>).")
    Path out;

    @Option(names = "--label", paramLabel = "FINGERPRINT=NAME",
            description = "Show NAME for a key fingerprint in the reports (repeatable).")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--keys", paramLabel = "FILE",
            description = "Key labels and roles (CSV key,label,role; role measured or warm-up). Default: keys.csv "
                    + "beside the arrival log, when there is one (a simulation writes it).")
    Path keys;

    @Option(names = "--include-warm-up",
            description = "Judge warm-up keys too (by default their arrivals and attempts are left out, as the run "
                    + "that wrote the logs left them out).")
    boolean includeWarmUp;

    @Option(names = "--gate", paramLabel = "CHECK", split = ",",
            description = "Checks that fail the run (repeatable or comma-separated; default: window,retry-after). "
                    + "Known: window, retry-after, backoff-growth, jitter, throughput, latency, pagination.")
    List<String> gates;

    @Option(names = "--retry-after-tolerance-ms", paramLabel = "MS", defaultValue = "0",
            description = "Earliness forgiven by the Retry-After check (default: ${DEFAULT-VALUE}).")
    double toleranceMs;

    @Option(names = "--retry-after-grace", paramLabel = "strict|auto|DURATION", defaultValue = "auto",
            description = "Server-side Retry-After rule: arrivals within this long after a 429/503 may have been in "
                    + "flight and are not judged. auto = p99 of received - sent in the attempt log (strict without "
                    + "one); strict = the very next arrival is judged; or e.g. 150ms (default: ${DEFAULT-VALUE}).")
    String grace;

    @Option(names = "--latency-p99-ms", paramLabel = "MS", defaultValue = "0",
            description = "Fail the latency check above this p99 (default: report only).")
    double p99LimitMs;

    @CommandLine.Mixin
    HistoryOptions history = new HistoryOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> allLabels = new LinkedHashMap<>();
        Set<String> warmUp = new TreeSet<>();
        try {
            Optional<Path> keyFile = keys != null ? Optional.of(keys) : KeyLabelsFormat.besideArrivals(arrivals);
            if (keyFile.isPresent()) {
                for (KeyLabel k : KeyLabelsFormat.read(keyFile.get())) {
                    allLabels.put(k.key(), k.label());
                    if (k.warmUp() && !includeWarmUp) {
                        warmUp.add(k.key());
                    }
                }
            }
        } catch (IOException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        }
        allLabels.putAll(labels);
        warmUp.forEach(allLabels::remove);
        ComplianceCheck check;
        try {
            ComplianceCheck.Builder b = ComplianceCheck.builder().limit(limit).window(window).labels(allLabels)
                    .retryAfterToleranceMs(toleranceMs).latencyP99LimitMs(p99LimitMs)
                    .retryAfterGrace(RetryAfterGrace.parse(grace));
            if (gates != null) {
                b = b.gates(new LinkedHashSet<>(gates));
            }
            check = b.build();
        } catch (IllegalArgumentException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        }
        Verdict v;
        List<FigureData> figures;
        try {
            ArrivalLog log = ArrivalLog.read(arrivals, warmUp);
            Optional<List<Attempt>> att = Optional.empty();
            if (attempts != null) {
                AttemptLog attemptLog = AttemptLogFormat.read(attempts);
                if (!attemptLog.complete()) {
                    err.println("error: " + attempts + ": the attempt log says " + attemptLog.lostRows()
                            + " attempt(s) were not recorded; a log that lost rows cannot pass");
                    return ExitCodes.GATE_FAILED;
                }
                att = Optional.of(attemptLog.attempts().stream().filter(a -> !warmUp.contains(a.key())).toList());
            }
            Optional<List<SyncSummaryRow>> sync = syncSummary == null ? Optional.empty()
                    : Optional.of(SyncSummaryFormat.read(syncSummary));
            v = check.run(log, att, sync);
            figures = history.enabled() ? RunMeasures.of(att.orElse(List.of()), Optional.of(log),
                    syncSummary == null ? new double[0] : RunSources.syncDurations(syncSummary), limit, window)
                    : List.of();
        } catch (LogFormatException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        } catch (IOException e) {
            return OneLineUsageErrors.usage(err, "cannot read input: " + e.getMessage());
        }
        if (!warmUp.isEmpty()) {
            out.println("left out " + warmUp.size() + " warm-up key(s) " + warmUp
                    + " (--include-warm-up judges them too)");
        }
        out.print(VerdictTable.render(v));
        Path dir = out().normalize();
        try {
            ReportFiles files = Reports.writeAll(v, dir);
            out.println("reports: " + files.dir());
        } catch (IOException e) {
            return OneLineUsageErrors.usage(err, "cannot write reports to " + dir + ": " + e.getMessage());
        }
        if (history.enabled()) {
            history.append(RunRecord.of("check", settings(check), v.passed(), figures), out, err);
        }
        out.flush();
        return v.passed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** What the run was judged against, plus the input files' names (the workload), for the fingerprint. */
    private Map<String, String> settings(ComplianceCheck check) {
        Map<String, String> m = new java.util.TreeMap<>();
        m.put("command", "check");
        m.put("limit", Integer.toString(limit));
        m.put("window", window.toString());
        m.put("gates", String.join(",", new java.util.TreeSet<>(check.settings().gates())));
        m.put("retryAfterGrace", grace);
        m.put("arrivals", String.valueOf(arrivals.getFileName()));
        m.put("attempts", attempts == null ? "" : String.valueOf(attempts.getFileName()));
        m.put("syncSummary", syncSummary == null ? "" : String.valueOf(syncSummary.getFileName()));
        return m;
    }

    private Path out() {
        return out != null ? out : Reports.defaultDir("check", Instant.now());
    }

    /** Parses 60s, 500ms, 2m, 1h or ISO-8601. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
