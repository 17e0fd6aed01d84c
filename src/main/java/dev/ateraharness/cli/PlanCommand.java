package dev.ateraharness.cli;

import dev.ateraharness.plan.Processes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atera-harness plan}: capacity planning in virtual time. Simulates a full sync for every (keys, workers)
 * combination R times and prints the time to sync (median and interval), requests, 429s, utilisation, the floor
 * and the gap to it, and the best combination for {@code --target}; writes JSON, Markdown and HTML reports.
 * This class is the command's surface (options, help); {@link PlanSetup} checks the options into the planner's
 * spec and {@link PlanRun} plans, prints and writes.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plan a full sync in virtual time: time to sync per number of keys and workers, against",
            "the stub's model of Atera (the same settings and faults files as 'stub'), served in memory.",
            "No network, no key needed."})
public final class PlanCommand implements Callable<Integer> {

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
        PrintWriter err = spec.commandLine().getErr();
        PlanSetup setup;
        try {
            setup = PlanSetup.of(this);
        } catch (IllegalArgumentException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        }
        return new PlanRun(setup, !noProgress, history, spec.commandLine().getOut(), err).run();
    }
}
