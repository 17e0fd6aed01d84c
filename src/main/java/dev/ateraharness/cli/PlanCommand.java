package dev.ateraharness.cli;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.plan.CapacityPlanner;
import dev.ateraharness.plan.Decoding;
import dev.ateraharness.plan.Distribution;
import dev.ateraharness.time.Durations;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.EntityEndpoints;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.plan.PlanSpec;
import dev.ateraharness.plan.Processes;
import dev.ateraharness.plan.Scenario;
import dev.ateraharness.plan.ScenarioRunner;
import dev.ateraharness.plan.report.PlanReportWriter;
import dev.ateraharness.plan.report.PlanTable;
import dev.ateraharness.stub.ArrivalRecorder;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atera-harness plan}: capacity planning in virtual time. Simulates a full sync for every (keys, workers)
 * combination R times and prints the time to sync (median and interval), requests, 429s, utilisation, the floor
 * and the gap to it, and the best combination for {@code --target}; writes JSON, Markdown and HTML reports.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plan a full sync in virtual time: time to sync per number of keys and workers, against",
            "the stub's model of Atera (the same settings and faults files as 'stub'), served in memory.",
            "No network, no key needed."})
public final class PlanCommand implements Callable<Integer> {

    /** 20M pages (1 billion items at 50 per page) is minutes of CPU per run: beyond it, refuse. */
    static final long MAX_PAGES = 20_000_000L;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--entities", required = true, paramLabel = "NAME=COUNT,...",
            description = "Lists to sync and their sizes, e.g. tickets=100000,agents=5000,customers=300")
    String entities;

    @Option(names = "--keys", defaultValue = "1", paramLabel = "RANGE", description = "Keys to try: 3, 1..4 or 1,2,4 (default ${DEFAULT-VALUE})")
    String keys;

    @Option(names = "--workers", defaultValue = "1", paramLabel = "RANGE", description = "Workers per key to try: 4, 1..8 or 1,2,4 (default ${DEFAULT-VALUE})")
    String workers;

    @Option(names = "--items-in-page", defaultValue = "50", description = "Page size requested (default ${DEFAULT-VALUE})")
    int itemsInPage;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "The stub's settings file (stubs/spec.json, stubs/seed.json): limit, window, algorithm, page clamp, profile as 'stub --settings' reads them")
    Path settingsFile;

    @Option(names = "--faults", paramLabel = "FILE",
            description = "The stub's faults file (stubs/faults.example.json), as 'stub --faults' reads it")
    Path faultsFile;

    @Option(names = "--max-items-in-page", description = "The server's page-size clamp (default: the settings file's, else 50)")
    Integer maxItemsInPage;

    @Option(names = "--latency", paramLabel = "MODEL",
            description = "The server's added latency, for every route: fixed:180ms | uniform:min=100ms,max=300ms | lognormal:median=180ms,p99=900ms | empirical:ATTEMPT_LOG | 0 (default: the faults file's global latency, else lognormal:median=180ms,p99=900ms)")
    String latency;

    @Option(names = "--fault-rate", defaultValue = "0", description = "Probability of an extra 500 per admitted request, on top of --faults (default ${DEFAULT-VALUE})")
    double faultRate;

    @Option(names = "--limit", description = "N: requests per window per key (default: the settings file's, else 700)")
    Integer limit;

    @Option(names = "--window", description = "W (default: the settings file's, else 60s)")
    String window;

    @Option(names = "--algorithm", description = "The server's limiter: sliding-log, fixed-window, token-bucket (default: the settings file's, else sliding-log)")
    String algorithm;

    @Option(names = "--rejected-count", description = "The server counts rejected requests against the window (default: the settings file's, else no)")
    Boolean rejectedCount;

    @Option(names = "--guard", paramLabel = "DURATION",
            description = "The client limiter's guard: it treats W as W + guard (default: the client's, 10ms)")
    String guard;

    @Option(names = "--arrivals-log", paramLabel = "FILE",
            description = "Also write the stub's arrival log (CSV, or JSON lines for .jsonl) of one simulated run, for 'check'")
    Path arrivalsLog;

    @Option(names = "--arrivals-of", paramLabel = "KEYSxWORKERS[:RUN]", defaultValue = "first",
            description = "Which run --arrivals-log writes: e.g. 2x4:3 (2 keys, 4 workers, run 3); default the first combination's run 1")
    String arrivalsOf;

    @Option(names = "--timeout", defaultValue = "30s", description = "The client's request timeout, 0 for none (default ${DEFAULT-VALUE}, the client's)")
    String timeout;

    @Option(names = "--split", defaultValue = "client", description = "client (what sync runs: the client's page fan-out over the keys, workers = --concurrency) or entities (whole entities, LPT over keys, as sync --workers with one key) (default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--processes", defaultValue = "1", paramLabel = "K",
            description = {"Processes (pods) running the sync on the same keys, 1.." + Processes.MAX + " (default "
                    + "${DEFAULT-VALUE}): each key's limit shared by all of them through Redis, as K copies of 'sync "
                    + "--redis' share it (one exact log per key, completion accounting, one Retry-After hold).",
                "Each process has its own client and --concurrency per key; the entities are split over the "
                    + "processes, largest first to the least loaded (sync has no shard option: each pod gets its own "
                    + "--entity list). Gains only where the sync is latency-bound; the limit stays N per W per key."})
    int processes;

    @Option(names = "--redis-latency", paramLabel = "MODEL", defaultValue = "lognormal:median=0.115ms,p99=1ms",
            description = "With --processes > 1: the Redis acquire round trip, drawn per request between the grant "
                    + "and the send (a latency model as --latency; 0 for none; default ${DEFAULT-VALUE}, loopback "
                    + "Redis as measured in figures.md)")
    String redisLatency;

    @Option(names = "--runs", defaultValue = "30", description = "Seeded runs per combination (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "Base seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--target", paramLabel = "DURATION", description = "Target time to full sync, e.g. 10m: recommends the fewest keys, then workers, meeting it")
    String target;

    @Option(names = "--threads", description = "Runs simulated in parallel (default: available processors)")
    Integer threads;

    @Option(names = "--no-items-curve", description = "Skip the sweep over item counts (the time-against-items chart)")
    boolean noItemsCurve;

    @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default reports/<run-id>)")
    Path out;

    @Option(names = "--run-id", description = "Run id (default plan-<UTC timestamp>)")
    String runId;

    @Option(names = "--no-progress", description = "No progress bar on stderr")
    boolean noProgress;

    @Option(names = "--decode-records", description = "Decode items as the endpoint's records (Ticket, ...) as a real sync does: same plan, ~4x the CPU")
    boolean decodeRecords;

    @CommandLine.Mixin
    HistoryOptions history = new HistoryOptions();

    @Override
    public Integer call() {
        PlanSpec planSpec = buildSpec();
        String id = runId != null ? runId
                : "plan-" + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw usage("bad run id '" + id + "' (letters, digits, . _ - only)");
        }
        Path dir = out != null ? out : Path.of("reports", id);
        PrintWriter stdout = spec.commandLine().getOut();
        PlanResult result;
        CapacityPlanner planner = new CapacityPlanner(
                ScenarioRunner.client(decodeRecords ? Decoding.RECORDS : Decoding.TREES));
        if (noProgress) {
            result = planner.plan(planSpec, null);
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("plan").setInitialMax(planSpec.totalRuns())
                    .setConsumer(ProgressOutput.to(System.err, 100, ProgressOutput.interactive()))
                    .setUpdateIntervalMillis(250).build()) {
                result = planner.plan(planSpec, bar::step);
            }
        }
        stdout.println(PlanTable.markdown(result));
        stdout.println(PlanTable.recommendation(result));
        try {
            PlanReportWriter.write(result, id, dir);
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: cannot write the report to " + dir + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (arrivalsLog != null) {
            try {
                writeArrivals(planSpec, stdout);
            } catch (IOException e) {
                spec.commandLine().getErr().println("error: cannot write the arrival log to " + arrivalsLog + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        stdout.printf(Locale.ROOT, "Report: %s (planned in %.2f s)%n", dir.resolve("plan.html"), result.wallNanos() / 1e9);
        if (history.enabled()) {
            history.append(PlanRecords.of(result, planSettings(planSpec)), stdout, spec.commandLine().getErr());
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Re-runs the chosen combination and run (runs are deterministic) and writes the model's arrival log. */
    private void writeArrivals(PlanSpec planSpec, PrintWriter stdout) throws IOException {
        int k = planSpec.keyCounts().get(0);
        int w = planSpec.workerCounts().get(0);
        int run = 1;
        if (!arrivalsOf.equals("first")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)x(\\d+)(?::(\\d+))?").matcher(arrivalsOf.trim());
            if (!m.matches()) {
                throw usage("bad --arrivals-of '" + arrivalsOf + "' (expected KEYSxWORKERS[:RUN], e.g. 2x4:3)");
            }
            k = Integer.parseInt(m.group(1));
            w = Integer.parseInt(m.group(2));
            run = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            if (!planSpec.keyCounts().contains(k) || !planSpec.workerCounts().contains(w) || run < 1 || run > planSpec.runs()) {
                throw usage("--arrivals-of " + arrivalsOf + " is not a planned combination and run");
            }
        }
        ArrivalRecorder log = ScenarioRunner.client(decodeRecords ? Decoding.RECORDS : Decoding.TREES)
                .arrivals(planSpec.base().with(k, w), planSpec.runSeed(run - 1));
        if (arrivalsLog.getFileName().toString().endsWith(".jsonl")) {
            log.writeJsonLines(arrivalsLog);
        } else {
            log.writeCsv(arrivalsLog);
        }
        stdout.printf(Locale.ROOT, "Arrival log of %d key(s) x %d worker(s), run %d: %s (%d arrivals)%n", k, w, run,
                arrivalsLog, log.size());
    }

    /** The server: --settings (else the spec defaults) with --faults. */
    private StubSettings server() {
        try {
            StubSettings.Builder b = settingsFile != null ? StubSettings.load(settingsFile).toBuilder() : StubSettings.builder();
            if (faultsFile != null) {
                b.faults(FaultSettings.load(faultsFile));
            }
            return b.build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + (faultsFile != null ? "--settings/--faults" : "--settings")
                    + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }

    /** --latency, else the faults file's global latency, else lognormal 180 ms / 900 ms. */
    private Latency latency(StubSettings server) {
        if (latency != null) {
            return Latency.parse(latency);
        }
        Latency global = server.faults().global().latency();
        return global.kind() != Latency.Kind.NONE ? global : Latency.lognormalP99(180, 900);
    }

    /**
     * Every setting that changes what is planned (not threads, progress or where reports go), as the plan resolved
     * it (a flag, else the --settings/--faults file, else the default), with the two files' contents fingerprinted:
     * two plans compare only when they describe the same server.
     */
    private java.util.Map<String, String> planSettings(PlanSpec planSpec) {
        Scenario base = planSpec.base();
        java.util.Map<String, String> m = new java.util.TreeMap<>();
        m.put("command", "plan");
        m.put("entities", entities);
        m.put("keys", keys);
        m.put("workers", workers);
        m.put("itemsInPage", Integer.toString(itemsInPage));
        m.put("maxItemsInPage", Integer.toString(base.maxItemsInPage()));
        m.put("latency", base.latency().toString());
        m.put("faultRate", Double.toString(faultRate));
        m.put("limit", Integer.toString(base.limit()));
        m.put("windowNanos", Long.toString(base.windowNanos()));
        m.put("algorithm", base.algorithm().name());
        m.put("rejectedCount", Boolean.toString(base.rejectedCount()));
        m.put("guard", Long.toString(guardNanos()));
        m.put("timeout", timeout);
        m.put("split", split);
        if (processes > 1) { // absent for one process: such plans compare with those made before the option
            m.put("processes", Integer.toString(processes));
            m.put("redisLatency", base.processes().acquireRoundTrip().toString());
        }
        m.put("runs", Integer.toString(runs));
        m.put("seed", Long.toString(seed));
        m.put("decodeRecords", Boolean.toString(decodeRecords));
        m.put("settingsFile", contentFingerprint(settingsFile));
        m.put("faultsFile", contentFingerprint(faultsFile));
        return m;
    }

    /** SHA-256 of a file's bytes (first 12 hex digits), "-" for none; the file was read already, so it exists. */
    private static String contentFingerprint(Path file) {
        if (file == null) {
            return "-";
        }
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }

    private PlanSpec buildSpec() {
        try {
            StubSettings server = server();
            int limit = this.limit != null ? this.limit : server.limit();
            int maxItemsInPage = this.maxItemsInPage != null ? this.maxItemsInPage : server.maxItemsInPage();
            List<Entity> list = Entity.parseList(entities);
            list.forEach(EntityEndpoints::of); // an unknown name fails here, naming the valid ones
            List<Integer> keyCounts = range("--keys", keys, 64);
            List<Integer> workerCounts = range("--workers", workers, 256);
            if (itemsInPage < 1 || maxItemsInPage < 1) {
                throw new IllegalArgumentException("--items-in-page and --max-items-in-page must be >= 1");
            }
            if (limit < 1 || limit > 1_000_000) {
                throw new IllegalArgumentException("--limit must be in 1..1000000");
            }
            if (!(faultRate >= 0 && faultRate <= 0.5)) {
                throw new IllegalArgumentException("--fault-rate must be in [0, 0.5]");
            }
            if (processes < 1 || processes > Processes.MAX) {
                throw new IllegalArgumentException("--processes must be in 1.." + Processes.MAX + ", not "
                        + processes);
            }
            Latency.parse(redisLatency); // a bad model is a usage error even with one process
            if (runs < 1 || runs > 10_000) {
                throw new IllegalArgumentException("--runs must be in 1..10000");
            }
            long windowNanos = window != null ? Durations.parseNanosWithUnit(window) : server.window().toNanos();
            if (windowNanos <= 0) {
                throw new IllegalArgumentException("--window must be positive");
            }
            long targetNanos = target == null ? 0 : Durations.parseNanosWithUnit(target);
            if (target != null && targetNanos <= 0) {
                throw new IllegalArgumentException("--target must be positive");
            }
            int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (nThreads < 1 || nThreads > 256) {
                throw new IllegalArgumentException("--threads must be in 1..256");
            }
            long pages = list.stream().mapToLong(e -> e.requests(Math.min(itemsInPage, maxItemsInPage))).sum();
            if (pages > MAX_PAGES) {
                throw new IllegalArgumentException(pages + " pages per sync is more than the planner simulates ("
                        + MAX_PAGES + "); raise --items-in-page or plan a sample");
            }
            list.forEach(ScenarioRunner::dataSet); // an entity the stub does not serve fails here, naming the valid ones
            Scenario base = new Scenario(list, 1, 1, itemsInPage, maxItemsInPage, latency(server), faultRate,
                    limit, windowNanos, algorithm != null ? Algorithm.parse(algorithm) : server.algorithm(),
                    rejectedCount != null ? rejectedCount : server.rejectedCount(), guardNanos(),
                    Durations.parseNanosWithUnit(timeout), Distribution.parse(split), server,
                    processes == 1 ? Processes.ONE : new Processes(processes, Latency.parse(redisLatency)));
            return new PlanSpec(base, keyCounts, workerCounts, runs, seed, targetNanos, 0.95, nThreads, !noItemsCurve);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** The guard the real client would use: {@code --guard}, else {@link RateLimiterConfig#DEFAULT_GUARD}. */
    long guardNanos() {
        return guard == null ? RateLimiterConfig.DEFAULT_GUARD.toNanos() : Durations.parseNanosWithUnit(guard);
    }

    /** {@code 3}, {@code 1..4} or {@code 1,2,4}. */
    static List<Integer> range(String option, String text, int max) {
        List<Integer> out = new ArrayList<>();
        try {
            for (String part : text.split(",")) {
                String p = part.trim();
                int dots = p.indexOf("..");
                if (dots >= 0) {
                    int from = Integer.parseInt(p.substring(0, dots).trim());
                    int to = Integer.parseInt(p.substring(dots + 2).trim());
                    if (to < from) {
                        throw new IllegalArgumentException(option + " range '" + p + "' is empty");
                    }
                    for (int i = from; i <= to; i++) {
                        out.add(i);
                    }
                } else {
                    out.add(Integer.parseInt(p));
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + option + " '" + text + "' (expected e.g. 3, 1..4 or 1,2,4)");
        }
        for (int v : out) {
            if (v < 1 || v > max) {
                throw new IllegalArgumentException(option + " values must be in 1.." + max + ": '" + text + "'");
            }
        }
        return out;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
