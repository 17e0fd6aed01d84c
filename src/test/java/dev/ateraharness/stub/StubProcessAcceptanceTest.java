package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code stub} command as a real process: SIGTERM and SIGINT end it within 5 s with 143 and 130 and the
 * arrival log written; a shutdown through the admin API (with the token) ends the process too, with 0.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class StubProcessAcceptanceTest {

    static final String KEY = "process-test-key-000001";
    static final String TOKEN = "process-test-admin-token-01";
    private static final Pattern URL = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))/api/v3");

    record Running(Process process, int port, List<String> out) {
    }

    private static Running start(Path log, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.ateraharness.cli.AteraHarness", "stub",
                "--port", "0", "--arrivals-log", log.toString()));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("ATERA_API_KEY", KEY);
        pb.environment().put("ATERA_STUB_ADMIN_TOKEN", TOKEN);
        Process p = pb.start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            out.add(line);
            Matcher m = URL.matcher(line);
            if (m.find()) {
                String admin = r.readLine();
                out.add(admin);
                return new Running(p, Integer.parseInt(m.group(2)), out);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the stub did not start: " + out);
    }

    private static void oneRequest(int port) {
        RawHttp.Answer a = RawHttp.send(port, "GET /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: " + KEY
                + "\r\nConnection: close\r\n\r\n");
        assertThat(a.status()).isEqualTo(200);
    }

    @Test
    void sigtermEndsTheStubWith143AndTheArrivalLogWritten(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("arrivals.csv");
        Running s = start(log);
        oneRequest(s.port());
        s.process().destroy(); // SIGTERM
        assertThat(s.process().waitFor(5, TimeUnit.SECONDS)).as("ended within 5 s").isTrue();
        assertThat(s.process().exitValue()).isEqualTo(143);
        assertThat(Files.readAllLines(log)).hasSize(2);
    }

    @Test
    void sigintEndsTheStubWith130AndTheArrivalLogWritten(@TempDir Path dir) throws Exception {
        dev.ateraharness.testing.InheritedSignals.assumeSigintDeliverable();
        Path log = dir.resolve("arrivals.csv");
        Running s = start(log);
        oneRequest(s.port());
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(s.process().pid())).start();
        assertThat(kill.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(s.process().waitFor(5, TimeUnit.SECONDS)).as("ended within 5 s").isTrue();
        assertThat(s.process().exitValue()).isEqualTo(130);
        assertThat(Files.readAllLines(log)).hasSize(2);
    }

    @Test
    void aShutdownThroughTheAdminApiEndsTheProcess(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("arrivals.csv");
        Running s = start(log);
        assertThat(s.out().get(s.out().size() - 1)).contains("Authorization: Bearer TOKEN");
        oneRequest(s.port());
        RawHttp.Answer refused = RawHttp.send(s.port(), "POST /__admin/shutdown HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(refused.status()).isEqualTo(401);
        RawHttp.Answer bye = RawHttp.send(s.port(), "POST /__admin/shutdown HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\nConnection: close\r\n\r\n");
        assertThat(bye.status()).isEqualTo(200);
        assertThat(s.process().waitFor(5, TimeUnit.SECONDS)).as("ended within 5 s").isTrue();
        assertThat(s.process().exitValue()).isZero();
        assertThat(Files.readAllLines(log)).hasSize(2);
    }
}
