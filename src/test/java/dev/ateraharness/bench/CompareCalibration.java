package dev.ateraharness.bench;

import dev.ateraharness.cli.AteraHarness;
import dev.ateraharness.cli.SyncCommand;
import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calibrates {@code compare} on this machine: A/A pairs (the same sync, same settings, run twice) must raise a
 * false alarm in at most 5 % of pairs at the default tolerance, and A/B pairs whose stub latency is 20 % higher
 * must be detected in at least 90 %.
 *
 * <p>Each pair: sync A, sync A' and sync B (stub latency x (1 + slowdown)) through the real client and the
 * {@code sync} command against the embedded stub, each writing an attempt log, then {@code compare} (the real
 * command, default tolerance 10 %, seed 1) on (A, A') and on (A, B). The order A, A', B is kept in every pair,
 * so drift over the run shows as false alarms, not hidden. Prints one line per pair and the two rates.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.CompareCalibration
 * -Dbench= -Dbench.args="20 100 0.25 0.20 50 8"} (pairs, stub median latency ms, lognormal sigma, slowdown,
 * items per entity at one item per page, workers; these are the defaults).
 */
public final class CompareCalibration {

    private static final String KEY = "calibration-key-00000000";
    private static final String ENTITIES = "tickets,customers,contacts,agents,alerts,invoices,contracts,knowledgebases";
    private static final Pattern P50 = Pattern.compile("latencyMs\\s+p50\\s+(\\S+ ms)\\s+(\\S+ ms)\\s+(\\S+)\\s+(\\S+ to \\S+)");

    private CompareCalibration() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double median = args.length > 1 ? Double.parseDouble(args[1]) : 100;
        double sigma = args.length > 2 ? Double.parseDouble(args[2]) : 0.25;
        double slowdown = args.length > 3 ? Double.parseDouble(args[3]) : 0.20;
        int items = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        int workers = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        Path dir = Files.createTempDirectory("compare-calibration");
        StubSettings.Builder b = StubSettings.builder().key(KEY).faults(latency(median, sigma));
        for (String e : ENTITIES.split(",")) {
            b = b.dataSize(e, items);
        }
        System.out.printf(Locale.ROOT, "pairs=%d stub=lognormal(median %.1f ms, sigma %.2f) slowdown=+%.0f%% "
                + "requests/run=%d workers=%d tolerance=10%% seed=1%n", pairs, median, sigma, 100 * slowdown,
                items * ENTITIES.split(",").length, workers);
        System.out.printf(Locale.ROOT, "%4s  %-6s %-48s  %-6s %-48s  %s%n", "pair", "A/A", "p50 A -> A' change (interval)",
                "A/B", "p50 A -> B change (interval)", "seconds");
        int falseAlarms = 0;
        int detected = 0;
        try (AteraStub stub = AteraStub.start(b.build())) {
            warmUp(stub, dir, workers, items);
            for (int i = 1; i <= pairs; i++) {
                long t0 = System.nanoTime();
                Path a = dir.resolve("a" + i + ".csv");
                Path a2 = dir.resolve("a" + i + "b.csv");
                Path slow = dir.resolve("b" + i + ".csv");
                sync(stub, a, workers);
                sync(stub, a2, workers);
                stub.updateSettings(s -> s.faults(latency(median * (1 + slowdown), sigma)));
                sync(stub, slow, workers);
                stub.updateSettings(s -> s.faults(latency(median, sigma)));
                String[] aa = compare(a, a2, dir.resolve("c" + i));
                String[] ab = compare(a, slow, dir.resolve("d" + i));
                falseAlarms += aa[0].equals("1") ? 1 : 0;
                detected += ab[0].equals("1") ? 1 : 0;
                System.out.printf(Locale.ROOT, "%4d  %-6s %-48s  %-6s %-48s  %.1f%n", i, word(aa[0]), aa[1],
                        word(ab[0]), ab[1], (System.nanoTime() - t0) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "A/A false alarms: %d of %d (%.0f%%; target <= 5%%)%n", falseAlarms, pairs,
                100.0 * falseAlarms / pairs);
        System.out.printf(Locale.ROOT, "A/B (+%.0f%% stub latency) detected: %d of %d (%.0f%%; target >= 90%%)%n",
                100 * slowdown, detected, pairs, 100.0 * detected / pairs);
    }

    private static String word(String code) {
        return switch (code) {
            case "0" -> "pass";
            case "1" -> "FAIL";
            default -> "err" + code;
        };
    }

    private static FaultSettings latency(double median, double sigma) {
        return new FaultSettings(1, new FaultRule(0, 0, 0, 0, 0, 0, 0, Latency.lognormal(median, sigma)), Map.of());
    }

    private static void sync(AteraStub stub, Path log, int workers) {
        stub.arrivals().reset();
        stub.resetLimiters();
        var cl = AteraHarness.commandLine();
        ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(Map.of("ATERA_API_KEY", KEY));
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("sync", "--base-url", stub.baseUrl(), "--entity", ENTITIES, "--items-in-page", "1",
                "--workers", Integer.toString(workers), "--no-progress", "--no-history", "--attempts-log",
                log.toString());
        if (code != 0) {
            throw new IllegalStateException("sync failed (" + code + "): " + err);
        }
    }

    /** {exit code, "p50 change (interval)"} from the real command. */
    private static String[] compare(Path baseline, Path candidate, Path out) {
        var cl = AteraHarness.commandLine();
        StringWriter o = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("compare", "--baseline", baseline.toString(), "--candidate", candidate.toString(),
                "--out", out.toString(), "--trend", "0");
        Matcher m = P50.matcher(o.toString());
        String p50 = m.find() ? m.group(1) + " -> " + m.group(2) + " " + m.group(3) + " (" + m.group(4) + ")"
                : err.toString().strip();
        return new String[] {Integer.toString(code), p50};
    }

    /** One untimed sync first: the JIT and the connection pool warm up before pair 1's baseline. */
    private static void warmUp(AteraStub stub, Path dir, int workers, int items) {
        AteraClient warm = AteraClient.create(AteraClientConfig.builder().baseUrl(stub.baseUrl())
                .credentials(Credentials.apiKey(KEY)).withoutResilience().build());
        for (int i = 0; i < 50; i++) {
            warm.listAll(Endpoints.DEPARTMENTS);
        }
        sync(stub, dir.resolve("warm.csv"), workers);
    }
}
