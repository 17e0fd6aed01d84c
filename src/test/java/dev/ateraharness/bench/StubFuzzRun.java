package dev.ateraharness.bench;

import dev.ateraharness.stub.HostileRequests;
import dev.ateraharness.stub.RawHttp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated bad requests against the {@code stub} command run as its own process (so its RSS is its own), over
 * raw sockets on 127.0.0.1: requests by status class and by kind, stub-made 5xx, non-envelope 4xx, answers that
 * leak a stack trace or a class/library name, unexpected statuses, CORS headers, 405 without Allow, admin
 * requests and their 401s, the stub's RSS before and after; then the gzip-bomb cost (64 MiB of zeros in ~64 KB
 * of gzip, sent with a key 20 times one by one and 6 at a time, and without a key), as the growth of the stub's
 * peak RSS (VmHWM). Exits 1 when any rule broke. Linux only (reads /proc).
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.StubFuzzRun -Dbench=
 * -Dbench.args="12000 4 1 512m"} (requests, concurrent connections, seed, the stub's -Xmx; these are the
 * defaults; 0 requests measures the gzip bombs on a fresh stub).
 */
public final class StubFuzzRun {

    static final String KEY = "fuzz-run-key-000000000001";
    private static final Pattern URL = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/api/v3");

    private StubFuzzRun() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 12_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        String heap = args.length > 3 ? args[3] : "512m";
        Path log = Files.createTempFile("fuzz-arrivals", ".csv");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), "dev.ateraharness.cli.AteraHarness", "stub", "--port", "0",
                "--limit", "100000000", "--arrivals-log", log.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("ATERA_API_KEY", KEY);
        pb.environment().remove("ATERA_STUB_ADMIN_TOKEN");
        Process stub = pb.start();
        int port = port(stub);
        boolean ok = false;
        try {
            ok = run(stub, port, total, concurrency, seed);
        } finally {
            stub.destroy();
            boolean ended = stub.waitFor(10, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "stub stopped by SIGTERM: %s, exit %s, arrival log rows %d%n", ended,
                    ended ? stub.exitValue() : "-", ended ? Files.readAllLines(log).size() - 1 : -1);
            Files.deleteIfExists(log);
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean run(Process stub, int port, int total, int concurrency, long seed) throws Exception {
        for (int i = 0; i < 200; i++) {
            RawHttp.send(port, "GET /api/v3/tickets?page=" + (1 + i % 5) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                    + "\r\nConnection: close\r\n\r\n");
        }
        long[] before = rss(stub.pid());
        HostileRequests gen = new HostileRequests(port, KEY);
        int kinds = HostileRequests.Kind.values().length;
        AtomicLongArray byClass = new AtomicLongArray(6);
        AtomicLongArray byKind = new AtomicLongArray(kinds);
        AtomicLongArray broken = new AtomicLongArray(8); // 5xx, non-envelope 4xx, leak, unexpected, cors, allow, admin, admin401
        List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            futures.add(pool.submit(() -> {
                Random r = new Random(seed * 1_000_003L + worker);
                for (int i = worker; i < total; i += concurrency) {
                    HostileRequests.Probe p = gen.next(r);
                    RawHttp.Answer a = RawHttp.send(port, p.bytes());
                    HostileRequests.Verdict v = gen.judge(p, a);
                    byClass.incrementAndGet(Math.min(5, a.status() / 100));
                    byKind.incrementAndGet(p.kind().ordinal());
                    count(broken, 0, v.stubMade5xx());
                    count(broken, 1, v.nonEnvelope4xx());
                    count(broken, 2, v.leak());
                    count(broken, 3, v.unexpectedStatus());
                    count(broken, 4, v.corsHeader());
                    count(broken, 5, v.missingAllow());
                    boolean admin = p.kind() == HostileRequests.Kind.ADMIN_NO_TOKEN || p.kind() == HostileRequests.Kind.ADMIN_WRONG_TOKEN;
                    count(broken, 6, admin);
                    count(broken, 7, admin && a.status() == 401);
                    if (!v.ok() && examples.size() < 10) {
                        examples.add(p.preview() + " -> " + a.status() + " " + a.text().substring(0, Math.min(200, a.text().length())));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] after = rss(stub.pid());
        System.out.printf(Locale.ROOT, "requests %d in %.1f s (%d connections, seed %d)%n", total, seconds, concurrency, seed);
        System.out.printf(Locale.ROOT, "by status class: no answer %d, 2xx %d, 3xx %d, 4xx %d, 5xx %d%n", byClass.get(0),
                byClass.get(2), byClass.get(3), byClass.get(4), byClass.get(5));
        Map<String, Long> kindCounts = new TreeMap<>();
        for (HostileRequests.Kind k : HostileRequests.Kind.values()) {
            kindCounts.put(k.name(), byKind.get(k.ordinal()));
        }
        System.out.println("by kind: " + kindCounts);
        System.out.printf(Locale.ROOT, "stub-made 5xx %d, non-envelope 4xx %d, stack traces/class or library names %d, "
                + "unexpected status %d, CORS headers %d, 405/OPTIONS without Allow %d%n", broken.get(0), broken.get(1),
                broken.get(2), broken.get(3), broken.get(4), broken.get(5));
        System.out.printf(Locale.ROOT, "admin requests without a valid token %d, answered 401 %d%n", broken.get(6), broken.get(7));
        System.out.printf(Locale.ROOT, "stub RSS before %d MB, after %d MB (peak %d MB)%n", before[0] >> 10, after[0] >> 10,
                after[1] >> 10);
        examples.forEach(e -> System.out.println("  broke: " + e));
        boolean bombs = gzipBombs(stub.pid(), port);
        boolean ok = bombs && broken.get(0) == 0 && broken.get(1) == 0 && broken.get(2) == 0 && broken.get(3) == 0
                && broken.get(4) == 0 && broken.get(5) == 0 && broken.get(6) == broken.get(7) && byClass.get(0) == 0;
        System.out.println(ok ? "RESULT: every rule held" : "RESULT: rules broken (see above)");
        return ok;
    }

    /** True when every bomb got 401 (no key) or 413 (with a key). */
    private static boolean gzipBombs(long pid, int port) throws Exception {
        byte[] bomb = HostileRequests.gzipZeros(64L << 20);
        byte[] withKey = request(bomb, true);
        byte[] withoutKey = request(bomb, false);
        long[] first = rss(pid);
        int one = RawHttp.send(port, withKey).status();
        long[] afterOne = rss(pid);
        System.out.printf(Locale.ROOT, "one gzip bomb with a key: status %d; stub peak RSS %d -> %d MB (growth %d MB)%n", one,
                first[1] >> 10, afterOne[1] >> 10, (afterOne[1] - first[1]) >> 10);
        long[] before = afterOne;
        int[] statuses = new int[600];
        for (int i = 0; i < 20; i++) {
            statuses[RawHttp.send(port, withKey).status()]++;
            statuses[RawHttp.send(port, withoutKey).status()]++;
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> fs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            fs.add(pool.submit(() -> RawHttp.send(port, withKey).status()));
        }
        for (Future<Integer> f : fs) {
            statuses[f.get()]++;
        }
        pool.shutdown();
        long[] after = rss(pid);
        Map<Integer, Integer> seen = new TreeMap<>();
        for (int s = 0; s < statuses.length; s++) {
            if (statuses[s] > 0) {
                seen.put(s, statuses[s]);
            }
        }
        System.out.printf(Locale.ROOT, "gzip bomb: %d bytes on the wire inflating to 64 MiB; 20 with a key + 20 without, "
                + "then 60 with a key 6 at a time: statuses %s; stub RSS %d -> %d MB, peak RSS %d -> %d MB (growth %d MB)%n",
                bomb.length, seen, before[0] >> 10, after[0] >> 10, before[1] >> 10, after[1] >> 10,
                (after[1] - before[1]) >> 10);
        return seen.keySet().stream().allMatch(st -> st == 401 || st == 413) && one == 413;
    }

    private static byte[] request(byte[] body, boolean key) {
        String head = "POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (key ? "X-API-KEY: " + KEY + "\r\n" : "")
                + "Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(h, h.length + body.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static void count(AtomicLongArray a, int i, boolean yes) {
        if (yes) {
            a.incrementAndGet(i);
        }
    }

    /** {VmRSS, VmHWM} in KiB. */
    static long[] rss(long pid) throws IOException {
        long rss = -1;
        long hwm = -1;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("VmHWM:")) {
                hwm = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {rss, hwm};
    }

    private static int port(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            Matcher m = URL.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                }, "stub-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IOException("the stub did not start");
    }
}
