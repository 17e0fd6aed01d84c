package dev.ateraharness.cli;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.AteraException;
import dev.ateraharness.client.AteraTransportException;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoint;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.ForbiddenException;
import dev.ateraharness.client.PageConcurrency;
import dev.ateraharness.client.KeyShards;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.ResilienceOptions;
import dev.ateraharness.client.SyncListener;
import dev.ateraharness.client.UnauthorizedException;
import dev.ateraharness.client.event.AttemptLogWriter;
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
import java.util.Optional;
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
                    + "(Little's law from the measured latency while the limit binds, up to 16 while it has permits "
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
    java.net.URI redis;

    @Option(names = "--redis-fallback", paramLabel = "K", defaultValue = "0", description = "with --redis: while "
            + "Redis is unreachable, limit this process to limit/K locally (K processes share the key; default none)")
    int redisFallback;

    private Map<String, String> environment = System.getenv();
    private SyncShutdown shutdown;

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
        PageConcurrency pageConcurrency;
        List<String> apiKeys = List.of();
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
            pageConcurrency = PageConcurrency.parse(concurrency);
            if (redis != null) {
                redisSettings(); // a bad URI or K is a usage error, here
            }
            config = AteraClientConfig.builder()
                    .baseUrl(baseUrl)
                    .credentials(Credentials.detect((apiKeys = readKeys()).get(0)))
                    .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                    .maxResponseSize(maxResponseSize)
                    .maxItemsInPage(Math.max(50, itemsInPage))
                    .itemsInPage(itemsInPage)
                    .pageConcurrency(pageConcurrency)
                    .clientId("sync");
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        for (Optional<String> unwritable : List.of(OutputFiles.prepareParent(attemptsLog, "attempt log"),
                OutputFiles.prepareParent(summaryFile, "sync summary"))) {
            if (unwritable.isPresent()) {
                err.println(unwritable.get());
                err.flush();
                return ExitCodes.USAGE;
            }
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
        List<AteraClient> clients = new ArrayList<>(List.of(client));
        for (int i = 1; i < apiKeys.size(); i++) {
            // each key its own private limiter: the point of several keys is several limits
            clients.add(AteraClient.create(config.credentials(Credentials.detect(apiKeys.get(i)))
                    .clientId("sync-" + (i + 1)).resilience(resilience).build()));
        }
        Syncer syncer = clients.size() == 1
                ? new Syncer(clients.size(), (e, onPage, l) -> client.syncAsync(e, Query.none(), onPage, l))
                : new Syncer(clients.size(), (e, onPage, l) -> KeyShards.over(clients).syncAsync(e, Query.none(),
                onPage, l));
        shutdown = SyncShutdown.install(err, attempts, summaryFile, targets.stream().map(Endpoint::name).toList());
        int[] code = {ExitCodes.OK};
        RateLimiterConfig limiterUsed = limiter;
        AttemptLogWriter log = attempts;
        try {
            Result r = workers == 1 ? sequential(client, syncer, targets, out, err)
                    : parallel(client, syncer, targets, out, err);
            code[0] = r.code();
            shutdown.finishNormally(() -> code[0] = finish(log, r, out, err, limiterUsed));
        } finally {
            shutdown.finishNormally(() -> closeQuietly(log)); // only if the run threw
            shutdown.close();
        }
        return code[0];
    }

    /** The normal end: close the attempt log and write the summary; a log that lost rows is not a success. */
    private int finish(AttemptLogWriter attempts, Result r, PrintWriter out, PrintWriter err,
                       RateLimiterConfig limiter) {
        int code = r.code();
        if (attempts != null) {
            try {
                attempts.close();
            } catch (IOException ex) {
                // the checks would judge a partial log as if it were the whole run
                err.println("error: cannot write " + attemptsLog + ": " + ex.getMessage());
                code = code == ExitCodes.OK ? ExitCodes.TRANSPORT : code;
            }
        }
        err.flush();
        if (summaryFile != null) {
            try {
                SyncOutput.writeJson(summaryFile, r.done());
            } catch (IOException ex) {
                err.println("error: cannot write " + summaryFile + ": " + ex.getMessage());
                err.flush();
                return code == ExitCodes.OK ? ExitCodes.USAGE : code;
            }
            if (history.enabled()) {
                record(r.done(), code, limiter, out, err);
            }
        }
        return code;
    }

    private static void closeQuietly(AttemptLogWriter attempts) {
        if (attempts != null) {
            try {
                attempts.close();
            } catch (IOException ignored) {
                // the run already failed with its own exception
            }
        }
    }

    /** Appends this sync to the run history (with --summary): settings, sync durations, the attempt log's figures. */
    private void record(List<SyncSummary> done, int code, RateLimiterConfig limiter, PrintWriter out,
                        PrintWriter err) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("command", "sync");
        settings.put("target", target(baseUrl));
        settings.put("entities", String.join(",", entities));
        settings.put("itemsInPage", Integer.toString(itemsInPage));
        settings.put("limit", Integer.toString(limit));
        settings.put("window", window);
        settings.put("guard", guard);
        settings.put("workers", Integer.toString(workers));
        settings.put("maxAttempts", Integer.toString(maxAttempts));
        try {
            double[] durations = done.stream().mapToDouble(s -> s.duration().toNanos() / 1e6).toArray();
            var figures = dev.ateraharness.compare.RunSources.figures(java.util.Optional.ofNullable(attemptsLog),
                    durations, limiter.limit(), limiter.window());
            // stderr: stdout is one line per entity, for scripts
            history.append(dev.ateraharness.compare.RunRecord.of("sync", settings, code == ExitCodes.OK, figures),
                    err, err);
        } catch (IOException e) {
            err.println("warning: no history record: cannot read " + attemptsLog + ": " + e.getMessage());
        }
    }

    /** Scheme and host of the target, without port or path: a stub on a new port each run is the same target. */
    static String target(String url) {
        try {
            java.net.URI u = java.net.URI.create(url);
            return u.getScheme() + "://" + u.getHost();
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    private dev.ateraharness.client.limit.RedisLimiterConfig redisSettings() {
        return dev.ateraharness.client.limit.RedisLimiterConfig.of(redis).withFallback(redisFallback);
    }

    private record Result(List<SyncSummary> done, int code) {
    }

    /** One entity's sync: through the one client, or sharded over several keys. */
    @FunctionalInterface
    private interface SyncCall {
        CompletableFuture<SyncSummary> start(Endpoint<?> e, java.util.function.Consumer<Object> onPage,
                                             SyncListener listener);
    }

    private record Syncer(int keys, SyncCall call) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        CompletableFuture<SyncSummary> sync(Endpoint<?> e, SyncListener listener) {
            return call.start(e, p -> { }, listener);
        }
    }

    private Result sequential(AteraClient client, Syncer syncer, List<Endpoint<?>> targets, PrintWriter out,
                              PrintWriter err) {
        List<SyncSummary> done = new ArrayList<>();
        for (Endpoint<?> e : targets) {
            RateLimiterConfig lc = client.rateLimiter().map(r -> r.config()).orElse(null);
            try (SyncProgress progress = lc == null ? new SyncProgress(err, !noProgress)
                    : new SyncProgress(err, !noProgress, client.config().clock(), (long) lc.limit() * syncer.keys(),
                    lc.window().toNanos())) {
                SyncSummary s = join(syncer.sync(e, progress), e);
                done.add(s);
                shutdown.finished(s);
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
    private Result parallel(AteraClient client, Syncer syncer, List<Endpoint<?>> targets, PrintWriter out,
                            PrintWriter err) {
        Map<String, SyncSummary> byName = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> started = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<AteraException> first = new AtomicReference<>();
        CompletableFuture<?> all = client.forEachAsync(targets, workers, e -> {
            CompletableFuture<SyncSummary> f = syncer.sync(e, SyncListener.NONE)
                    .whenComplete((s, ex) -> {
                        synchronized (out) {
                            if (ex == null) {
                                byName.put(e.name(), s);
                                shutdown.finished(s);
                                out.println(SyncOutput.line(s));
                                out.flush();
                            } else {
                                AteraException ae = AteraException.from(ex, "GET", e.pathTemplate());
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

    /** Waits for a sync; its failure rethrown as the client's exception. */
    private static SyncSummary join(CompletableFuture<SyncSummary> f, Endpoint<?> e) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException ex) {
            throw AteraException.from(ex, "GET", e.pathTemplate());
        }
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

    private List<String> readKeys() throws IOException {
        if (keyFile != null) {
            return ApiKeys.allFromFile(keyFile);
        }
        return List.of(ApiKeys.fromEnvironment(environment).orElseThrow(() -> new IllegalStateException(
                "no API key: set " + ApiKeys.ENV_VAR + " or pass --key-file")));
    }
}
