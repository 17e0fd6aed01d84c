package dev.ateraharness.cli;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.plan.Decoding;
import dev.ateraharness.plan.Distribution;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.EntityEndpoints;
import dev.ateraharness.plan.PlanSpec;
import dev.ateraharness.plan.Processes;
import dev.ateraharness.plan.Scenario;
import dev.ateraharness.plan.ScenarioRunner;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.time.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code plan}'s options checked and turned into what a plan needs: the planner's spec (the server from
 * {@code --settings}/{@code --faults} with the flags over it, latency, processes, split), the run id and report
 * directory, which run the arrival log records, and the settings a history record keeps. Every bad value is found
 * here, before a run starts or a file is written, as an {@link IllegalArgumentException} whose message is the
 * command's one usage line.
 *
 * @param arrivals the run {@code --arrivals-log} writes, or null for none
 * @param settings every setting that changes what is planned, for the history record (its fingerprint)
 */
record PlanSetup(PlanSpec spec, String runId, Path dir, Decoding decoding, Arrivals arrivals,
                 Map<String, String> settings) {

    /** 20M pages (1 billion items at 50 per page) is minutes of CPU per run: beyond it, refuse. */
    static final long MAX_PAGES = 20_000_000L;

    /** The arrival log's file and the combination and run (1-based) it records. */
    record Arrivals(Path file, int keys, int workers, int run) {
    }

    /** Checks {@code o}'s options in the order the command always has (the first bad one is the one reported). */
    static PlanSetup of(PlanCommand o) {
        PlanSpec spec = spec(o);
        String id = o.runId != null ? o.runId
                : "plan-" + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("bad run id '" + id + "' (letters, digits, . _ - only)");
        }
        Path dir = o.out != null ? o.out : Path.of("reports", id);
        return new PlanSetup(spec, id, dir, o.decodeRecords ? Decoding.RECORDS : Decoding.TREES,
                arrivals(o, spec), settings(o, spec));
    }

    private static PlanSpec spec(PlanCommand o) {
        StubSettings server = server(o);
        int limit = o.limit != null ? o.limit : server.limit();
        int maxItemsInPage = o.maxItemsInPage != null ? o.maxItemsInPage : server.maxItemsInPage();
        List<Entity> list = Entity.parseList(o.entities);
        list.forEach(EntityEndpoints::of); // an unknown name fails here, naming the valid ones
        List<Integer> keyCounts = range("--keys", o.keys, 64);
        List<Integer> workerCounts = range("--workers", o.workers, 256);
        if (o.itemsInPage < 1 || maxItemsInPage < 1) {
            throw new IllegalArgumentException("--items-in-page and --max-items-in-page must be >= 1");
        }
        if (limit < 1 || limit > 1_000_000) {
            throw new IllegalArgumentException("--limit must be in 1..1000000");
        }
        if (!(o.faultRate >= 0 && o.faultRate <= 0.5)) {
            throw new IllegalArgumentException("--fault-rate must be in [0, 0.5]");
        }
        if (o.processes < 1 || o.processes > Processes.MAX) {
            throw new IllegalArgumentException("--processes must be in 1.." + Processes.MAX + ", not " + o.processes);
        }
        Latency.parse(o.redisLatency); // a bad model is a usage error even with one process
        if (o.runs < 1 || o.runs > 10_000) {
            throw new IllegalArgumentException("--runs must be in 1..10000");
        }
        long windowNanos = o.window != null ? Durations.parseNanosWithUnit(o.window) : server.window().toNanos();
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("--window must be positive");
        }
        long targetNanos = o.target == null ? 0 : Durations.parseNanosWithUnit(o.target);
        if (o.target != null && targetNanos <= 0) {
            throw new IllegalArgumentException("--target must be positive");
        }
        int nThreads = o.threads == null ? Runtime.getRuntime().availableProcessors() : o.threads;
        if (nThreads < 1 || nThreads > 256) {
            throw new IllegalArgumentException("--threads must be in 1..256");
        }
        long pages = list.stream().mapToLong(e -> e.requests(Math.min(o.itemsInPage, maxItemsInPage))).sum();
        if (pages > MAX_PAGES) {
            throw new IllegalArgumentException(pages + " pages per sync is more than the planner simulates ("
                    + MAX_PAGES + "); raise --items-in-page or plan a sample");
        }
        list.forEach(ScenarioRunner::dataSet); // an entity the stub does not serve fails here, naming the valid ones
        Scenario base = new Scenario(list, 1, 1, o.itemsInPage, maxItemsInPage, latency(o, server), o.faultRate,
                limit, windowNanos, o.algorithm != null ? Algorithm.parse(o.algorithm) : server.algorithm(),
                o.rejectedCount != null ? o.rejectedCount : server.rejectedCount(), guardNanos(o),
                Durations.parseNanosWithUnit(o.timeout), Distribution.parse(o.split), server,
                o.processes == 1 ? Processes.ONE : new Processes(o.processes, Latency.parse(o.redisLatency)));
        return new PlanSpec(base, keyCounts, workerCounts, o.runs, o.seed, targetNanos, 0.95, nThreads,
                !o.noItemsCurve);
    }

    /** The server: --settings (else the spec defaults) with --faults. */
    private static StubSettings server(PlanCommand o) {
        try {
            StubSettings.Builder b = o.settingsFile != null ? StubSettings.load(o.settingsFile).toBuilder()
                    : StubSettings.builder();
            if (o.faultsFile != null) {
                b.faults(FaultSettings.load(o.faultsFile));
            }
            return b.build();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + (o.faultsFile != null ? "--settings/--faults" : "--settings")
                    + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }

    /** --latency, else the faults file's global latency, else lognormal 180 ms / 900 ms. */
    private static Latency latency(PlanCommand o, StubSettings server) {
        if (o.latency != null) {
            return Latency.parse(o.latency);
        }
        Latency global = server.faults().global().latency();
        return global.kind() != Latency.Kind.NONE ? global : Latency.lognormalP99(180, 900);
    }

    /** The guard the real client would use: {@code --guard}, else {@link RateLimiterConfig#DEFAULT_GUARD}. */
    private static long guardNanos(PlanCommand o) {
        return o.guard == null ? RateLimiterConfig.DEFAULT_GUARD.toNanos() : Durations.parseNanosWithUnit(o.guard);
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

    /**
     * {@code --arrivals-of}: {@code first} (the first combination's run 1) or {@code KEYSxWORKERS[:RUN]}, which must
     * be a planned combination and run; null without {@code --arrivals-log}. Checked before the plan runs, so a
     * typo costs no planning time.
     */
    private static Arrivals arrivals(PlanCommand o, PlanSpec spec) {
        if (o.arrivalsLog == null) {
            return null;
        }
        if (o.arrivalsOf.equals("first")) {
            return new Arrivals(o.arrivalsLog, spec.keyCounts().get(0), spec.workerCounts().get(0), 1);
        }
        Matcher m = Pattern.compile("(\\d+)x(\\d+)(?::(\\d+))?").matcher(o.arrivalsOf.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad --arrivals-of '" + o.arrivalsOf
                    + "' (expected KEYSxWORKERS[:RUN], e.g. 2x4:3)");
        }
        try {
            int k = Integer.parseInt(m.group(1));
            int w = Integer.parseInt(m.group(2));
            int run = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            if (spec.keyCounts().contains(k) && spec.workerCounts().contains(w) && run >= 1 && run <= spec.runs()) {
                return new Arrivals(o.arrivalsLog, k, w, run);
            }
        } catch (NumberFormatException tooLong) {
            // digits beyond an int: not a planned combination either
        }
        throw new IllegalArgumentException("--arrivals-of " + o.arrivalsOf + " is not a planned combination and run");
    }

    /**
     * Every setting that changes what is planned (not threads, progress or where reports go), as the plan resolved
     * it (a flag, else the --settings/--faults file, else the default), with the two files' contents fingerprinted:
     * two plans compare only when they describe the same server.
     */
    private static Map<String, String> settings(PlanCommand o, PlanSpec spec) {
        Scenario base = spec.base();
        Map<String, String> m = new TreeMap<>();
        m.put("command", "plan");
        m.put("entities", o.entities);
        m.put("keys", o.keys);
        m.put("workers", o.workers);
        m.put("itemsInPage", Integer.toString(o.itemsInPage));
        m.put("maxItemsInPage", Integer.toString(base.maxItemsInPage()));
        m.put("latency", base.latency().toString());
        m.put("faultRate", Double.toString(o.faultRate));
        m.put("limit", Integer.toString(base.limit()));
        m.put("windowNanos", Long.toString(base.windowNanos()));
        m.put("algorithm", base.algorithm().name());
        m.put("rejectedCount", Boolean.toString(base.rejectedCount()));
        m.put("guard", Long.toString(guardNanos(o)));
        m.put("timeout", o.timeout);
        m.put("split", o.split);
        if (o.processes > 1) { // absent for one process: such plans compare with those made before the option
            m.put("processes", Integer.toString(o.processes));
            m.put("redisLatency", base.processes().acquireRoundTrip().toString());
        }
        m.put("runs", Integer.toString(o.runs));
        m.put("seed", Long.toString(o.seed));
        m.put("decodeRecords", Boolean.toString(o.decodeRecords));
        m.put("settingsFile", contentFingerprint(o.settingsFile));
        m.put("faultsFile", contentFingerprint(o.faultsFile));
        return Collections.unmodifiableMap(m); // sorted: the record's settings in a stable order
    }

    /** SHA-256 of a file's bytes (first 12 hex digits), "-" for none; the file was read already, so it exists. */
    private static String contentFingerprint(Path file) {
        if (file == null) {
            return "-";
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable";
        }
    }
}
