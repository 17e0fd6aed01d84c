package dev.ateraharness.cli;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.HttpDoorOptions;
import dev.ateraharness.stub.Permission;
import dev.ateraharness.stub.Profile;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.Durations;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code atera-harness stub}: runs the Atera stub until SIGTERM or Ctrl-C (exit 143 or 130, the arrival log
 * written first) or a shutdown through the admin API (exit 0). Keys come from {@code --keys FILE} or
 * {@code ATERA_API_KEY}, never from an argument; with neither it refuses to start (exit 2). The admin API is off
 * unless a token is given ({@code --admin-token-file} or {@code ATERA_STUB_ADMIN_TOKEN}); no CORS unless
 * {@code --cors-origin} names one origin.
 */
@Command(name = "stub", mixinStandardHelpOptions = true,
        description = {"Run the WireMock stub of the Atera API v3 (127.0.0.1 unless --bind says otherwise).",
            "Keys: --keys FILE, or the ATERA_API_KEY environment variable (all permissions).",
            "Admin API (/__admin/**: settings, arrival log, resets, WireMock's API): off unless --admin-token-file FILE",
            "or ATERA_STUB_ADMIN_TOKEN gives a token (16+ characters); then send Authorization: Bearer TOKEN.",
            "Stops on Ctrl-C (exit 130), SIGTERM (exit 143) or POST /__admin/shutdown (exit 0); the arrival log",
            "(--arrivals-log) is written in every case."})
public final class StubCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "port (0 = any free port; default ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--bind", description = "bind address (default ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--profile", description = "spec or seed (default: the settings file's, else spec)")
    String profile;

    @Option(names = "--limit", description = "requests per window per key (default 700)")
    Integer limit;

    @Option(names = "--window", description = "window, e.g. 60s, 500ms, 1m (default 60s)")
    String window;

    @Option(names = "--algorithm", description = "sliding-log, fixed-window or token-bucket (default sliding-log)")
    String algorithm;

    @Option(names = "--limit-scope", paramLabel = "key|account",
            description = "key: each key has its own window (default); account: all keys share one window")
    String limitScope;

    @Option(names = "--keys", description = "keys file: JSON {\"KEY\":[\"read\",\"write\",\"delete\"]} or one key per line")
    Path keys;

    @Option(names = "--faults", description = "faults file (see stubs/faults.example.json)")
    Path faults;

    @Option(names = "--settings", description = "settings file (see stubs/spec.json, stubs/seed.json)")
    Path settings;

    @Option(names = "--arrivals-log", description = "write the arrival log here on exit (CSV; .jsonl for JSON lines)")
    Path arrivalsLog;

    @Option(names = "--admin-token-file", description = "turn the admin API on for this token (first line of FILE; "
            + "else the " + HttpDoorOptions.TOKEN_ENV + " environment variable; neither: admin API off)")
    Path adminTokenFile;

    @Option(names = "--cors-origin", description = "answer CORS for exactly this browser origin, e.g. "
            + "http://localhost:3000 (default: no CORS headers at all)")
    String corsOrigin;

    @Option(names = "--max-pending", paramLabel = "N", defaultValue = "" + HttpDoorOptions.DEFAULT_MAX_PENDING_RESPONSES,
            description = "API requests held at once between arrival and response (latency is served from a "
                    + "scheduler, not a thread); the next gets 503 with Retry-After: 1 (default ${DEFAULT-VALUE}, "
                    + "about 64 MB of pages)")
    int maxPending;

    private final Map<String, String> env;

    public StubCommand() {
        this(System.getenv());
    }

    /** For tests: a given environment instead of the process's. */
    public StubCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        StubSettings s;
        try {
            s = settings();
        } catch (IOException | IllegalArgumentException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        }
        if (s.keys().isEmpty()) {
            return OneLineUsageErrors.usage(err, "no API keys: pass --keys FILE or set " + ApiKeys.ENV_VAR
                    + " (keys are never taken from arguments)");
        }
        Optional<String> unwritable = OutputFiles.prepareParent(arrivalsLog, "arrival log");
        if (unwritable.isPresent()) {
            return OneLineUsageErrors.usageLine(err, unwritable.get());
        }
        HttpDoorOptions door;
        try {
            door = door();
        } catch (IOException | IllegalArgumentException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        }
        AteraStub stub;
        try {
            stub = AteraStub.start(s, arrivalsLog, door);
        } catch (RuntimeException e) {
            return OneLineUsageErrors.usage(err, "could not start the stub on " + bind + ":" + port + ": "
                    + e.getMessage());
        }
        // SIGINT/SIGTERM: the JVM runs this hook (closing the server and writing the arrival log) and then exits
        // with 130/143 on its own
        Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "atera-stub-shutdown"));
        out.println("atera stub (" + s.profile().cliName() + ", " + s.limit() + " per " + Durations.format(s.window())
                + ", " + s.algorithm().cliName() + ", per " + s.limitScope().cliName() + ") listening on " + stub.baseUrl() + " with " + s.keys().size()
                + " key(s): " + String.join(", ", s.keys().keySet().stream().map(ApiKeys::redact).toList()));
        String adminUrl = stub.baseUrl().replace("/api/v3", "/__admin/atera/settings");
        out.println(door.adminEnabled() ? "admin: " + adminUrl + " (Authorization: Bearer TOKEN); stop with Ctrl-C"
                : "admin API: off (--admin-token-file or " + HttpDoorOptions.TOKEN_ENV + " turns it on); stop with Ctrl-C");
        if (!loopback(bind)) {
            out.println("warning: bound to " + bind + ", not loopback: other machines can reach the Atera API stub (needs one "
                    + "of the keys)" + (door.adminEnabled() ? " and the admin API (needs the token; sent in clear text over HTTP)"
                    : "; the admin API stays off") + "; CORS: " + door.corsOrigin().orElse("none") + ".");
        }
        out.flush();
        try {
            stub.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    HttpDoorOptions door() throws IOException {
        HttpDoorOptions d = HttpDoorOptions.closed();
        Optional<String> token;
        try {
            token = adminTokenFile != null ? Optional.of(HttpDoorOptions.readToken(adminTokenFile))
                    : HttpDoorOptions.tokenFromEnvironment(env);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("no admin token file at " + adminTokenFile);
        }
        if (token.isPresent()) {
            d = d.withAdminToken(token.get());
        }
        return d.withCorsOrigin(corsOrigin).withMaxPendingResponses(maxPending);
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    StubSettings settings() throws IOException {
        StubSettings.Builder b = settings != null ? StubSettings.load(settings).toBuilder() : StubSettings.builder();
        if (profile != null) {
            // without a file the profile brings its defaults; with one, the file's explicit choices stay
            if (settings == null) {
                b.applyProfile(Profile.parse(profile));
            } else {
                b.profile(Profile.parse(profile));
            }
        }
        b.port(port).bindAddress(bind);
        if (limit != null) {
            b.limit(limit);
        }
        if (window != null) {
            b.window(Durations.parse(window));
        }
        if (algorithm != null) {
            b.algorithm(Algorithm.parse(algorithm));
        }
        if (limitScope != null) {
            b.limitScope(dev.ateraharness.stub.LimitScope.parse(limitScope));
        }
        if (faults != null) {
            b.faults(FaultSettings.load(faults));
        }
        if (keys != null) {
            b.keys(StubSettings.loadKeys(keys));
        } else if (b.build().keys().isEmpty()) {
            Optional<String> k = ApiKeys.fromEnvironment(env);
            k.ifPresent(key -> b.key(key, Permission.all()));
        }
        return b.build();
    }
}
