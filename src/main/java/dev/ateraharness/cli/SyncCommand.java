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
import dev.ateraharness.client.UnauthorizedException;
import dev.ateraharness.secret.ApiKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atera-harness sync}: reads every page of one or more list endpoints and prints, per entity, items,
 * pages, requests, duration and the difference between items seen and the server's {@code totalItemCount}.
 * The key comes from {@code ATERA_API_KEY} or {@code --key-file}, never an argument, and is never printed.
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
        AteraClient client;
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
            client = AteraClient.create(AteraClientConfig.builder()
                    .baseUrl(baseUrl)
                    .credentials(Credentials.detect(readKey()))
                    .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                    .maxItemsInPage(Math.max(50, itemsInPage))
                    .itemsInPage(itemsInPage)
                    .clientId("sync")
                    .build());
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        List<SyncSummary> done = new ArrayList<>();
        int code = ExitCodes.OK;
        for (Endpoint<?> e : targets) {
            try (SyncProgress progress = new SyncProgress(err, !noProgress)) {
                SyncSummary s = client.sync(e, Query.none(), progress);
                done.add(s);
                out.println(SyncOutput.line(s));
                out.flush();
            } catch (AteraException ex) {
                err.println("error: " + e.name() + ": " + ex.getMessage());
                code = exitCode(ex);
                break;
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
