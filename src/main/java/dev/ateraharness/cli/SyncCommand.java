package dev.ateraharness.cli;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.AteraException;
import dev.ateraharness.client.AteraTransportException;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoint;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.ForbiddenException;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.ResilienceOptions;
import dev.ateraharness.client.SyncListener;
import dev.ateraharness.client.UnauthorizedException;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.client.internal.Pipeline;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.time.Durations;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
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
            "Exit codes: 0 ok, 2 usage, 3 auth (401/403), 4 other API error, 5 transport (I/O, timeout)."})
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

    @Option(names = "--key-file", description = "read the key from this file instead of ATERA_API_KEY")
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

    @Option(names = "--max-attempts", defaultValue = "5",
            description = "attempts per request, the first included (default ${DEFAULT-VALUE}; 1 = no retries)")
    int maxAttempts;

    @Option(names = "--attempts-log", description = "write one row per attempt to this file (CSV, or JSON lines "
            + "when it ends in .jsonl)")
    Path attemptsLog;

    @Option(names = "--redis", description = "share the key's limit with other processes through Redis, e.g. "
            + "redis://127.0.0.1:6379: one exact log per key there; nothing is sent while Redis is unreachable")
    java.net.URI redis;

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
        List<Endpoint<?>> targets;
        RateLimiterConfig limiter;
        AteraClientConfig.Builder config;
        try {
            targets = Endpoints.parseList(String.join(",", entities));
            for (Endpoint<?> e : targets) {
                if (e.needsParent()) {
                    throw new IllegalArgumentException("entity '" + e.name() + "' needs a parent id ("
                            + e.pathParams() + ") and cannot be synced on its own");
                }
            }
            if (itemsInPage < 1 || itemsInPage > 500) {
                throw new IllegalArgumentException("--items-in-page must be in 1..500: " + itemsInPage);
            }
            if (requestTimeoutSeconds < 1) {
                throw new IllegalArgumentException("--request-timeout must be >= 1");
            }
            if (workers < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("--workers and --max-attempts must be >= 1");
            }
            limiter = new RateLimiterConfig(limit, Durations.parse(window), Durations.parseAllowingZero(guard));
            if (redis != null) {
                redisSettings(); // a bad URI or K is a usage error, here
            }
            config = AteraClientConfig.builder()
                    .baseUrl(baseUrl)
                    .credentials(Credentials.detect(readKey()))
                    .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                    .maxItemsInPage(Math.max(50, itemsInPage))
                    .itemsInPage(itemsInPage)
                    .clientId("sync");
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        AttemptLogWriter attempts = null;
        try {
            if (attemptsLog != null) {
                attempts = AttemptLogWriter.open(attemptsLog);
            }
        } catch (IOException e) {
            err.println("error: cannot write " + attemptsLog + ": " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        // one client per process: its limiter is private, so in-process runs never inherit another's limit
        ResilienceOptions resilience = (redis == null ? ResilienceOptions.defaults().privateRegistries()
                : ResilienceOptions.defaults().redis(redisSettings())).rateLimiter(limiter)
                .retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts));
        if (attempts != null) {
            resilience = resilience.attemptListener(attempts);
        }
        AteraClient client = AteraClient.create(config.resilience(resilience).build());
        List<SyncSummary> done;
        int code;
        try {
            Result r = workers == 1 ? sequential(client, targets, out, err) : parallel(client, targets, out, err);
            done = r.done();
            code = r.code();
        } finally {
            if (attempts != null) {
                try {
                    attempts.close();
                } catch (IOException ex) {
                    err.println("error: cannot write " + attemptsLog + ": " + ex.getMessage());
                }
            }
        }
        err.flush();
        if (summaryFile != null) {
            try {
                SyncOutput.writeJson(summaryFile, done);
            } catch (IOException ex) {
                err.println("error: cannot write " + summaryFile + ": " + ex.getMessage());
                err.flush();
                return code == ExitCodes.OK ? ExitCodes.USAGE : code;
            }
        }
        return code;
    }

    private dev.ateraharness.client.limit.RedisLimiterConfig redisSettings() {
        return dev.ateraharness.client.limit.RedisLimiterConfig.of(redis).withFallback(redisFallback);
    }

    private record Result(List<SyncSummary> done, int code) {
    }

    private Result sequential(AteraClient client, List<Endpoint<?>> targets, PrintWriter out, PrintWriter err) {
        List<SyncSummary> done = new ArrayList<>();
        for (Endpoint<?> e : targets) {
            try (SyncProgress progress = new SyncProgress(err, !noProgress)) {
                SyncSummary s = client.sync(e, Query.none(), progress);
                done.add(s);
                out.println(SyncOutput.line(s));
                out.flush();
            } catch (AteraException ex) {
                err.println("error: " + e.name() + ": " + ex.getMessage());
                return new Result(done, exitCode(ex));
            }
        }
        return new Result(done, ExitCodes.OK);
    }

    /**
     * Up to {@code --workers} entities at once; lines print as entities finish (no progress bars: they would
     * interleave). After the first failure no new entity starts; those in flight are waited for and reported.
     */
    private Result parallel(AteraClient client, List<Endpoint<?>> targets, PrintWriter out, PrintWriter err) {
        Map<String, SyncSummary> byName = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> started = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<AteraException> first = new AtomicReference<>();
        CompletableFuture<?> all = client.forEachAsync(targets, workers, e -> {
            CompletableFuture<SyncSummary> f = client.syncAsync(e, Query.none(), p -> { }, SyncListener.NONE)
                    .whenComplete((s, ex) -> {
                        synchronized (out) {
                            if (ex == null) {
                                byName.put(e.name(), s);
                                out.println(SyncOutput.line(s));
                                out.flush();
                            } else {
                                Throwable t = Pipeline.unwrap(ex);
                                AteraException ae = t instanceof AteraException a ? a
                                        : new AteraException("GET", e.pathTemplate(), String.valueOf(t), t);
                                first.compareAndSet(null, ae);
                                err.println("error: " + e.name() + ": " + ae.getMessage());
                            }
                        }
                    });
            started.add(f);
            return f;
        });
        all.handle((v, ex) -> null).join();
        CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).handle((v, ex) -> null).join();
        List<SyncSummary> done = new ArrayList<>();
        for (Endpoint<?> e : targets) {
            SyncSummary s = byName.get(e.name());
            if (s != null) {
                done.add(s);
            }
        }
        return new Result(done, first.get() == null ? ExitCodes.OK : exitCode(first.get()));
    }

    static int exitCode(AteraException e) {
        if (e instanceof UnauthorizedException || e instanceof ForbiddenException) {
            return ExitCodes.AUTH;
        }
        if (e instanceof AteraTransportException) {
            return ExitCodes.TRANSPORT;
        }
        return ExitCodes.API;
    }

    private String readKey() throws IOException {
        if (keyFile != null) {
            return ApiKeys.fromFile(keyFile);
        }
        return ApiKeys.fromEnvironment(environment).orElseThrow(() -> new IllegalStateException(
                "no API key: set " + ApiKeys.ENV_VAR + " or pass --key-file"));
    }
}
