package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.client.http.RawHttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} as a real process (the main class in a child JVM with the default heap) against a raw server on
 * 127.0.0.1: an endless body ends it with exit 4 inside the request timeout and a bounded peak RSS; SIGTERM and
 * SIGINT end it within 5 s with 143 and 130, the attempt log and the summary flushed first. The peak RSS is read
 * from {@code /proc/PID/status} (VmHWM) and printed: rerun with
 * {@code mvn -B -o -q test -Dtest=SyncProcessAcceptanceTest}.
 */
class SyncProcessAcceptanceTest {

    private static final String KEY = "process-key-0123456789-abcd";
    private static final String ONE_AGENT = "{\"items\":[{\"MachineID\":\"m1\"}],\"page\":1,\"itemsInPage\":50,"
            + "\"totalItemCount\":1,\"totalPages\":1,\"nextLink\":\"\"}";

    private static Process sync(Path dir, String baseUrl, String... extra) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, AteraHarness.class.getName(), "sync", "--base-url", baseUrl, "--no-progress"));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("ATERA_API_KEY", KEY);
        return pb.start();
    }

    /** Waits for the process, reading its peak RSS (VmHWM, kB) while it runs; -1 if never read. */
    private static long waitReadingPeakRss(Process p, long seconds) throws Exception {
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long peak = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended between two reads
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new AssertionError("sync did not end within " + seconds + " s");
            }
        }
        return peak;
    }

    @Test
    void anEndlessBodyEndsSyncWithExitFourInsideTheTimeoutWithBoundedMemory(@TempDir Path dir) throws Exception {
        try (RawHttpServer server = new RawHttpServer((line, out) -> RawHttpServer.endless(out))) {
            Process p = sync(dir, server.baseUrl(), "--entity", "tickets", "--request-timeout", "30");
            long peakKb = waitReadingPeakRss(p, 30);
            String err = Files.readString(dir.resolve("err.txt"));
            assertThat(p.exitValue()).as(err).isEqualTo(ExitCodes.API);
            assertThat(err).contains("over the maximum response size of 16 MiB").doesNotContain(KEY);
            System.out.printf("sync against an endless body: exit %d, peak RSS (VmHWM) %d MB%n", p.exitValue(),
                    peakKb / 1024);
            if (Files.exists(Path.of("/proc/self/status"))) {
                assertThat(peakKb).as("peak RSS in kB").isPositive().isLessThan(512L * 1024);
            }
        }
    }

    @Test
    void sigtermEndsSyncWith143AfterFlushingTheAttemptLogAndTheSummary(@TempDir Path dir) throws Exception {
        assertEndsOnSignal(dir, null, 143);
    }

    @Test
    void sigintEndsSyncWith130AfterFlushingTheAttemptLogAndTheSummary(@TempDir Path dir) throws Exception {
        dev.ateraharness.testing.InheritedSignals.assumeSigintDeliverable();
        assertEndsOnSignal(dir, "-INT", 130);
    }

    /** agents finish, tickets hang: the signal arrives while a request is in flight. */
    private static void assertEndsOnSignal(Path dir, String killSignal, int expected) throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);
        try (RawHttpServer server = new RawHttpServer((line, out) -> {
            if (line.contains("/agents")) {
                RawHttpServer.json(out, ONE_AGENT);
            } else {
                hanging.countDown();
                new CountDownLatch(1).await(); // never answers: interrupted when the server closes
            }
        })) {
            Path attempts = dir.resolve("attempts.csv");
            Path summary = dir.resolve("summary.json");
            Process p = sync(dir, server.baseUrl(), "--entity", "agents,tickets", "--attempts-log",
                    attempts.toString(), "--summary", summary.toString());
            assertThat(hanging.await(60, TimeUnit.SECONDS)).as("sync reached the hanging request").isTrue();
            long signalled = System.nanoTime();
            if (killSignal == null) {
                p.destroy(); // SIGTERM on Unix
            } else {
                new ProcessBuilder("kill", killSignal, Long.toString(p.pid())).inheritIO().start().waitFor();
            }
            assertThat(p.waitFor(5, TimeUnit.SECONDS)).as("ended within 5 s of the signal").isTrue();
            System.out.printf("sync ended %d ms after the signal with exit %d%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled), p.exitValue());
            String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isEqualTo(expected);
            assertThat(err).contains("interrupted: stopped by a signal after 1 of 2 entities")
                    .doesNotContain(KEY);
            List<String> rows = Files.readAllLines(attempts);
            assertThat(rows).first().isEqualTo(AttemptLogWriter.CSV_HEADER);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1)).contains(",GET,/agents,1,").contains(",200,ok,");
            JsonNode json = new ObjectMapper().readTree(summary.toFile());
            assertThat(json).hasSize(1);
            assertThat(json.get(0).get("entity").asText()).isEqualTo("agents");
        }
    }
}
