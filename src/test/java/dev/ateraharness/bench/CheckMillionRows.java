package dev.ateraharness.bench;

import dev.ateraharness.report.Reports;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.stats.ComplianceCheck;
import dev.ateraharness.stats.Verdict;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Times the check of a large arrival log: generates a deterministic CSV (default 1,000,000 rows, 4 keys, ISO
 * timestamps with microseconds, a few 429s with Retry-After), then times reading it and running the checks
 * separately, several times in one JVM, and reports the heap the parsed log holds. Also times writing the
 * reports once.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.CheckMillionRows -Dbench= \
 *     -Dbench.args="1000000 5"</pre>
 */
public final class CheckMillionRows {

    private CheckMillionRows() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("check-bench");
        Path csv = dir.resolve("arrivals.csv");
        long g0 = System.nanoTime();
        generate(csv, rows);
        System.out.printf(Locale.ROOT, "generated %,d rows (%,d bytes) in %.2f s%n", rows, Files.size(csv),
                (System.nanoTime() - g0) / 1e9);

        ComplianceCheck check = ComplianceCheck.builder().build();
        double[] read = new double[iterations];
        double[] judge = new double[iterations];
        double[] readCpu = new double[iterations];
        double[] judgeCpu = new double[iterations];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        ArrivalLog log = null;
        Verdict v = null;
        for (int i = 0; i < iterations; i++) {
            log = null;
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            log = ArrivalLog.read(csv);
            long c1 = mx.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            v = check.run(log, Optional.empty(), Optional.empty());
            long c2 = mx.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            read[i] = (t1 - t0) / 1e6;
            judge[i] = (t2 - t1) / 1e6;
            readCpu[i] = (c1 - c0) / 1e6;
            judgeCpu[i] = (c2 - c1) / 1e6;
            System.out.printf(Locale.ROOT, "iteration %d: read %.0f ms (cpu %.0f), checks %.0f ms (cpu %.0f), "
                    + "total %.0f ms%n", i + 1, read[i], readCpu[i], judge[i], judgeCpu[i], read[i] + judge[i]);
        }
        long heldBytes = retained(csv);
        long r0 = System.nanoTime();
        Reports.writeAll(v, dir.resolve("report"));
        long r1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "first iteration (cold JVM): read %.0f ms + checks %.0f ms = %.0f ms%n",
                read[0], judge[0], read[0] + judge[0]);
        System.out.printf(Locale.ROOT, "best of %d: read %.0f ms, checks %.0f ms%n", iterations, min(read),
                min(judge));
        System.out.printf(Locale.ROOT, "median: read %.0f ms, checks %.0f ms%n", median(read), median(judge));
        System.out.printf(Locale.ROOT, "median thread CPU time (less sensitive to a loaded machine): read %.0f ms, "
                + "checks %.0f ms%n", median(readCpu), median(judgeCpu));
        System.out.printf(Locale.ROOT, "heap held by the parsed log: %.1f MB (%d rows, %.0f bytes/row)%n",
                heldBytes / 1e6, log.size(), heldBytes / (double) log.size());
        System.out.printf(Locale.ROOT, "reports (4 files, 2 charts) written in %.0f ms; verdict %s%n",
                (r1 - r0) / 1e6, v.overall().json());
        System.out.printf(Locale.ROOT, "JVM: %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** 4 keys each at about 10 requests per second, so 1M rows span about 7 hours; every 500th row is a 429. */
    static void generate(Path csv, int rows) throws IOException {
        SplittableRandom rnd = new SplittableRandom(20261129);
        String[] keys = {"0a1b2c3d4e5f", "1f2e3d4c5b6a", "abcdefabcdef", "0123456789ab"};
        long micros = Instant.parse("2026-11-29T00:00:00Z").toEpochMilli() * 1000;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("timestamp,key,method,path,status,retry_after_s\n");
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
                micros += 1 + rnd.nextLong(49_999);
                boolean limited = i % 500 == 499;
                line.setLength(0);
                line.append(iso(micros)).append(',').append(keys[rnd.nextInt(keys.length)])
                        .append(",GET,/api/v3/tickets,").append(limited ? "429,1" : "200,").append('\n');
                w.append(line);
            }
        }
    }

    private static String iso(long micros) {
        Instant t = Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
        String s = t.toString(); // drops trailing zeros: pad to microseconds as the stub writes
        int dot = s.indexOf('.');
        String base = dot < 0 ? s.substring(0, s.length() - 1) : s.substring(0, dot);
        return base + String.format(Locale.ROOT, ".%06dZ", micros % 1_000_000);
    }

    private static long retained(Path csv) throws IOException {
        long before = used();
        ArrivalLog keep = ArrivalLog.read(csv);
        long after = used();
        if (keep.size() < 0) {
            throw new AssertionError();
        }
        return after - before;
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double min(double[] a) {
        return Arrays.stream(a).min().orElse(Double.NaN);
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
