package dev.ateraharness.cli;

import dev.ateraharness.client.event.AttemptLogWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atera-harness sync}: reads every page of one or more list endpoints and prints, per entity, items,
 * pages, requests, duration and the difference between items seen and the server's {@code totalItemCount}.
 * The key comes from {@code ATERA_API_KEY} or {@code --key-file}, never an argument, and is never printed.
 * Every request (retries included, from every worker) passes one sliding-log limiter ({@code --limit} per
 * {@code --window}, plus {@code --guard}); {@code --attempts-log} records each attempt for {@code check}.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Read every page of the given entities and report counts (items vs totalItemCount).",
            "The key is read from ATERA_API_KEY or --key-file; a token over 100 characters is sent as a Bearer JWT.",
            "Exit codes: 0 ok, 2 usage, 3 auth (401/403), 4 other API error (also: a response over "
                + "--max-response-size, a listing that claims more than it returned), 5 transport (I/O, timeout), "
                + "130/143 SIGINT/SIGTERM (attempt log and summary flushed first)."})
public final class SyncCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--base-url", defaultValue = "https://app.atera.com/api/v3",
            description = "API base URL (default: ${DEFAULT-VALUE})")
    String baseUrl;

    @Option(names = "--entity", required = true, split = ",",
            description = "entities to sync, comma-separated, or 'all' (tickets, agents, customers, ...)")
    List<String> entities;

    @Option(names = "--items-in-page", defaultValue = "50",
            description = "page size to request (default ${DEFAULT-VALUE}; above 50 only for the older API, max 500)")
    int itemsInPage;

    @Option(names = "--key-file", description = {"read the key from this file instead of ATERA_API_KEY; with "
            + "several keys (one per line), each entity's pages are split over them, each key with its own limiter "
            + "and its own line in the summary.",
        "Only for keys whose limits are known to be separate: if the limit belongs to the account (Atera does "
            + "not document it), keys of one account share it and sharding draws 429s."})
    Path keyFile;

    @Option(names = "--summary", description = "write the sync summary JSON array to this file")
    Path summaryFile;

    @Option(names = "--request-timeout", defaultValue = "30",
            description = "per-request timeout in seconds (default ${DEFAULT-VALUE})")
    int requestTimeoutSeconds;

    @Option(names = "--no-progress", description = "no progress bar on stderr")
    boolean noProgress;

    @Option(names = "--limit", defaultValue = "700",
            description = "client-side limit: requests per window for the key (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--window", defaultValue = "60s", description = "the limit's window, e.g. 60s, 2s (default ${DEFAULT-VALUE})")
    String window;

    @Option(names = "--guard", defaultValue = "10ms",
            description = "allowance added to the window (clock rate, timestamp granularity; the limiter counts a request until its response), 0 for none (default ${DEFAULT-VALUE})")
    String guard;

    @Option(names = "--workers", defaultValue = "1",
            description = "entities synced in parallel, all through the one limiter (default ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--concurrency", defaultValue = "auto", paramLabel = "N|auto",
            description = {"page requests of one entity in flight once page 1 gave the totals: a number, 'auto' "
                    + "(Little's law from the measured latency while the limit binds, up to 128 while it has permits "
                    + "free) or 'auto:CAP' (default ${DEFAULT-VALUE}); 1 reads one page at a time, following the "
                    + "links", "Every request still passes the key's limiter: concurrency never raises the rate."})
    String concurrency;

    @Option(names = "--max-attempts", defaultValue = "5",
            description = "attempts per request, the first included (default ${DEFAULT-VALUE}; 1 = no retries)")
    int maxAttempts;

    @Option(names = "--attempts-log", description = "write one row per attempt to this file (CSV, or JSON lines "
            + "when it ends in .jsonl)")
    Path attemptsLog;

    @Option(names = "--max-response-size", defaultValue = "16MiB", converter = ByteSize.class,
            description = "largest response body accepted, e.g. 16MiB, 512KiB, 1000000 (default ${DEFAULT-VALUE}); "
                    + "a larger one ends the sync with exit 4")
    long maxResponseSize;

    @CommandLine.Mixin
    HistoryOptions history = new HistoryOptions();

    @Option(names = "--redis", description = "share the key's limit with other processes through Redis, e.g. "
            + "redis://127.0.0.1:6379: one exact log per key there; nothing is sent while Redis is unreachable")
    URI redis;

    @Option(names = "--redis-fallback", paramLabel = "K", defaultValue = "0", description = "with --redis: while "
            + "Redis is unreachable, limit this process to limit/K locally (K processes share the key; default none)")
    int redisFallback;

    private Map<String, String> environment = System.getenv();

    /** The environment the key is read from (tests inject one). */
    public SyncCommand environment(Map<String, String> env) {
        this.environment = Map.copyOf(env);
        return this;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyncSetup setup;
        try {
            setup = SyncSetup.of(this, environment);
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        }
        for (Optional<String> unwritable : List.of(OutputFiles.prepareParent(attemptsLog, "attempt log"),
                OutputFiles.prepareParent(summaryFile, "sync summary"))) {
            if (unwritable.isPresent()) {
                return OneLineUsageErrors.usageLine(err, unwritable.get());
            }
        }
        AttemptLogWriter attempts = null;
        try {
            if (attemptsLog != null) {
                attempts = AttemptLogWriter.open(attemptsLog);
            }
        } catch (IOException e) {
            return OneLineUsageErrors.usage(err, "cannot write " + attemptsLog + ": " + e.getMessage());
        }
        SyncClients clients = setup.clients(attempts);
        SyncShutdown shutdown = SyncShutdown.install(err, attempts, summaryFile, setup.entityNames());
        SyncFinish end = new SyncFinish(attemptsLog, attempts, summaryFile, history, settings(), setup.limiter(), err);
        int[] code = {ExitCodes.OK};
        try {
            SyncRun.Result r = new SyncRun(clients, shutdown, !noProgress, out, err).run(setup.targets(), workers);
            code[0] = r.code();
            shutdown.finishNormally(() -> code[0] = end.finish(r));
        } finally {
            shutdown.finishNormally(end::closeQuietly); // only if the run threw
            shutdown.close();
        }
        return code[0];
    }

    /** The settings a history record keeps (its fingerprint): what makes two syncs comparable. */
    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("command", "sync");
        settings.put("target", target(baseUrl));
        settings.put("entities", String.join(",", entities));
        settings.put("itemsInPage", Integer.toString(itemsInPage));
        settings.put("limit", Integer.toString(limit));
        settings.put("window", window);
        settings.put("guard", guard);
        settings.put("workers", Integer.toString(workers));
        settings.put("maxAttempts", Integer.toString(maxAttempts));
        return settings;
    }

    /** Scheme and host of the target, without port or path: a stub on a new port each run is the same target. */
    static String target(String url) {
        try {
            URI u = URI.create(url);
            return u.getScheme() + "://" + u.getHost();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
