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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calibrates {@code compare} on this machine: A/A pairs (the same sync, same settings, run twice) must raise a
 * false alarm in at most 5 % of pairs at the default tolerance, and A/B pairs whose stub latency is 20 % higher
 * must be detected in at least 90 %.
 *
 * <p>As CI uses it: a rolling baseline of the last k passing runs of the same settings (compare's default rule).
 * First k runs of A fill the baseline; then each pair syncs A' and B (stub latency x (1 + slowdown)) through the
 * real client and the {@code sync} command against the embedded stub, each writing an attempt log, and runs the
 * real {@code compare} (default tolerance 10 %, seed 1) on (last k A runs, A') and on (the same k runs, B); A'
 * then joins the baseline. Each pair is also judged with the single-run rule (the latest A run alone, k = 1) on
 * the same logs, so the two rules are compared on identical data. Prints one line per pair and the rates.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.CompareCalibration
 * -Dbench= -Dbench.args="20 100 0.25 0.20 50 8 3"} (pairs, stub median latency ms, lognormal sigma, slowdown,
 * items per entity at one item per page, workers, baseline runs k; these are the defaults).
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
        int k = args.length > 6 ? Integer.parseInt(args[6]) : 3;
        Path dir = Files.createTempDirectory("compare-calibration");
        StubSettings.Builder b = StubSettings.builder().key(KEY).faults(latency(median, sigma));
        for (String e : ENTITIES.split(",")) {
            b = b.dataSize(e, items);
        }
        System.out.printf(Locale.ROOT, "pairs=%d stub=lognormal(median %.1f ms, sigma %.2f) slowdown=+%.0f%% "
                + "requests/run=%d workers=%d tolerance=10%% seed=1 baseline=last %d runs%n", pairs, median, sigma,
                100 * slowdown, items * ENTITIES.split(",").length, workers, k);
        System.out.printf(Locale.ROOT, "%4s  %-6s %-48s  %-6s %-48s  %-9s %s%n", "pair", "A/A",
                "p50 k runs -> A' change (interval)", "A/B", "p50 k runs -> B change (interval)", "k=1 AA/AB",
                "seconds");
        int falseAlarms = 0;
        int detected = 0;
        int falseAlarms1 = 0;
        int detected1 = 0;
        java.util.ArrayDeque<Path> pool = new java.util.ArrayDeque<>();
        try (AteraStub stub = AteraStub.start(b.build())) {
            warmUp(stub, dir, workers, items);
            for (int j = 1; j <= k; j++) {
                Path a = dir.resolve("a0-" + j + ".csv");
                sync(stub, a, workers);
                pool.addLast(a);
            }
            for (int i = 1; i <= pairs; i++) {
                long t0 = System.nanoTime();
                Path a2 = dir.resolve("a" + i + ".csv");
                Path slow = dir.resolve("b" + i + ".csv");
                sync(stub, a2, workers);
                stub.updateSettings(s -> s.faults(latency(median * (1 + slowdown), sigma)));
                sync(stub, slow, workers);
                stub.updateSettings(s -> s.faults(latency(median, sigma)));
                List<Path> base = List.copyOf(pool);
                String[] aa = compare(base, a2, dir.resolve("c" + i));
                String[] ab = compare(base, slow, dir.resolve("d" + i));
                String[] aa1 = compare(List.of(pool.getLast()), a2, dir.resolve("e" + i));
                String[] ab1 = compare(List.of(pool.getLast()), slow, dir.resolve("f" + i));
                falseAlarms += aa[0].equals("1") ? 1 : 0;
                detected += ab[0].equals("1") ? 1 : 0;
                falseAlarms1 += aa1[0].equals("1") ? 1 : 0;
                detected1 += ab1[0].equals("1") ? 1 : 0;
                System.out.printf(Locale.ROOT, "%4d  %-6s %-48s  %-6s %-48s  %-9s %.1f%n", i, word(aa[0]), aa[1],
                        word(ab[0]), ab[1], word(aa1[0]) + "/" + word(ab1[0]), (System.nanoTime() - t0) / 1e9);
                pool.addLast(a2);
                if (pool.size() > k) {
                    pool.removeFirst();
                }
            }
        }
        System.out.printf(Locale.ROOT, "baseline = last %d runs: A/A false alarms: %d of %d (%.1f%%; target <= 5%%); "
                + "A/B (+%.0f%% stub latency) detected: %d of %d (%.1f%%; target >= 90%%)%n", k, falseAlarms, pairs,
                100.0 * falseAlarms / pairs, 100 * slowdown, detected, pairs, 100.0 * detected / pairs);
        System.out.printf(Locale.ROOT, "baseline = latest run (k = 1), same logs: A/A false alarms: %d of %d (%.1f%%); "
                + "A/B detected: %d of %d (%.1f%%)%n", falseAlarms1, pairs, 100.0 * falseAlarms1 / pairs, detected1,
                pairs, 100.0 * detected1 / pairs);
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
                "--workers", Integer.toString(workers), "--concurrency", "1", "--no-progress", "--no-history",
                "--attempts-log",
                log.toString());
        if (code != 0) {
            throw new IllegalStateException("sync failed (" + code + "): " + err);
        }
    }

    /** {exit code, "p50 change (interval)"} from the real command. */
    private static String[] compare(List<Path> baselines, Path candidate, Path out) {
        var cl = AteraHarness.commandLine();
        StringWriter o = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new java.util.ArrayList<>(List.of("compare"));
        for (Path p : baselines) {
            args.add("--baseline");
            args.add(p.toString());
        }
        args.addAll(List.of("--candidate", candidate.toString(), "--out", out.toString(), "--trend", "0"));
        int code = cl.execute(args.toArray(String[]::new));
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
