package dev.ateraharness.cli;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.plan.CapacityPlanner;
import dev.ateraharness.plan.Decoding;
import dev.ateraharness.plan.Distribution;
import dev.ateraharness.plan.Durations;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.EntityEndpoints;
import dev.ateraharness.plan.LatencyModel;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.plan.PlanSpec;
import dev.ateraharness.plan.Scenario;
import dev.ateraharness.plan.ScenarioRunner;
import dev.ateraharness.plan.report.PlanReportWriter;
import dev.ateraharness.plan.report.PlanTable;
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
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
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
            "the rate limit (N per W per key), a latency model and fault rates. No network, no key needed."})
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

    @Option(names = "--max-items-in-page", defaultValue = "50", description = "The server's page-size clamp (default ${DEFAULT-VALUE})")
    int maxItemsInPage;

    @Option(names = "--latency", defaultValue = "lognormal:median=180ms,p99=900ms", paramLabel = "MODEL",
            description = "fixed:180ms | uniform:min=100ms,max=300ms | lognormal:median=180ms,p99=900ms | empirical:ATTEMPT_LOG | 0 (default ${DEFAULT-VALUE})")
    String latency;

    @Option(names = "--fault-rate", defaultValue = "0", description = "Probability of a 5xx per admitted request (default ${DEFAULT-VALUE})")
    double faultRate;

    @Option(names = "--limit", defaultValue = "700", description = "N: requests per window per key (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--window", defaultValue = "60s", description = "W (default ${DEFAULT-VALUE})")
    String window;

    @Option(names = "--algorithm", defaultValue = "sliding-log", description = "The server's limiter: sliding-log, fixed-window, token-bucket (default ${DEFAULT-VALUE})")
    String algorithm;

    @Option(names = "--rejected-count", description = "The server counts rejected requests against the window")
    boolean rejectedCount;

    @Option(names = "--guard", paramLabel = "DURATION",
            description = "The client limiter's guard: it treats W as W + guard (default: the client's, 250ms)")
    String guard;

    @Option(names = "--timeout", defaultValue = "30s", description = "The client's request timeout, 0 for none (default ${DEFAULT-VALUE}, the client's)")
    String timeout;

    @Option(names = "--split", defaultValue = "pages", description = "pages (page ranges over keys and workers) or entities (whole entities, LPT over keys) (default ${DEFAULT-VALUE})")
    String split;

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
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build()) {
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
        stdout.printf(Locale.ROOT, "Report: %s (planned in %.2f s)%n", dir.resolve("plan.html"), result.wallNanos() / 1e9);
        if (history.enabled()) {
            history.append(PlanRecords.of(result, planSettings()), stdout, spec.commandLine().getErr());
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Every option that changes what is planned (not threads, progress or where reports go). */
    private java.util.Map<String, String> planSettings() {
        java.util.Map<String, String> m = new java.util.TreeMap<>();
        m.put("command", "plan");
        m.put("entities", entities);
        m.put("keys", keys);
        m.put("workers", workers);
        m.put("itemsInPage", Integer.toString(itemsInPage));
        m.put("maxItemsInPage", Integer.toString(maxItemsInPage));
        m.put("latency", latency);
        m.put("faultRate", Double.toString(faultRate));
        m.put("limit", Integer.toString(limit));
        m.put("window", window);
        m.put("algorithm", algorithm);
        m.put("rejectedCount", Boolean.toString(rejectedCount));
        m.put("guard", Long.toString(guardNanos()));
        m.put("timeout", timeout);
        m.put("split", split);
        m.put("runs", Integer.toString(runs));
        m.put("seed", Long.toString(seed));
        m.put("decodeRecords", Boolean.toString(decodeRecords));
        return m;
    }

    private PlanSpec buildSpec() {
        try {
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
            if (runs < 1 || runs > 10_000) {
                throw new IllegalArgumentException("--runs must be in 1..10000");
            }
            long windowNanos = Durations.parseNanos(window);
            if (windowNanos <= 0) {
                throw new IllegalArgumentException("--window must be positive");
            }
            long targetNanos = target == null ? 0 : Durations.parseNanos(target);
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
            Scenario base = new Scenario(list, 1, 1, itemsInPage, maxItemsInPage, LatencyModel.parse(latency), faultRate,
                    limit, windowNanos, Algorithm.parse(algorithm), rejectedCount, guardNanos(),
                    Durations.parseNanos(timeout), Distribution.parse(split));
            return new PlanSpec(base, keyCounts, workerCounts, runs, seed, targetNanos, 0.95, nThreads, !noItemsCurve);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** The guard the real client would use: {@code --guard}, else {@link RateLimiterConfig#DEFAULT_GUARD}. */
    long guardNanos() {
        return guard == null ? RateLimiterConfig.DEFAULT_GUARD.toNanos() : Durations.parseNanos(guard);
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
