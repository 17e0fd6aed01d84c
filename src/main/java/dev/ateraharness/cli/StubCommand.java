package dev.ateraharness.cli;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.Permission;
import dev.ateraharness.stub.Profile;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.Durations;
import dev.ateraharness.stub.internal.SettingsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code atera-harness stub}: runs the Atera stub until SIGTERM or Ctrl-C, then writes the arrival log.
 * Keys come from {@code --keys FILE} or {@code ATERA_API_KEY}, never from an argument; with neither it refuses
 * to start (exit 2).
 */
@Command(name = "stub", mixinStandardHelpOptions = true,
        description = {"Run the WireMock stub of the Atera API v3 (127.0.0.1 unless --bind says otherwise).",
            "Keys: --keys FILE, or the ATERA_API_KEY environment variable (all permissions)."})
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
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (s.keys().isEmpty()) {
            err.println("error: no API keys: pass --keys FILE or set " + ApiKeys.ENV_VAR + " (keys are never taken from arguments)");
            return ExitCodes.USAGE;
        }
        AteraStub stub;
        try {
            stub = AteraStub.start(s, arrivalsLog);
        } catch (RuntimeException e) {
            err.println("error: could not start the stub on " + bind + ":" + port + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                stub.close();
            } finally {
                stopped.countDown();
            }
        }, "atera-stub-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("atera stub (" + s.profile().cliName() + ", " + s.limit() + " per " + Durations.format(s.window())
                + ", " + s.algorithm().cliName() + ", per " + s.limitScope().cliName() + ") listening on " + stub.baseUrl() + " with " + s.keys().size()
                + " key(s): " + String.join(", ", s.keys().keySet().stream().map(ApiKeys::redact).toList()));
        out.println("admin: " + stub.baseUrl().replace("/api/v3", "/__admin/atera/settings") + "; stop with Ctrl-C");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
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
            b.faults(SettingsJson.readFaults(faults));
        }
        if (keys != null) {
            b.keys(SettingsJson.readKeys(keys));
        } else if (b.build().keys().isEmpty()) {
            Optional<String> k = ApiKeys.fromEnvironment(env);
            k.ifPresent(key -> b.key(key, Permission.all()));
        }
        return b.build();
    }
}
