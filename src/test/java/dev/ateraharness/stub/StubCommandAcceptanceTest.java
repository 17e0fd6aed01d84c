package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.cli.StubCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The CLI refuses to start without keys (exit 2, one line saying how) and rejects bad options. */
class StubCommandAcceptanceTest {

    private static int run(Map<String, String> env, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new StubCommand(env));
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void refusesWithoutKeysAndSaysHow() {
        StringWriter err = new StringWriter();
        assertThat(run(Map.of(), err, "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--keys").contains("ATERA_API_KEY").hasLineCount(1);
    }

    @Test
    void rejectsBadDurationsAndMissingFiles() {
        StringWriter err = new StringWriter();
        assertThat(run(Map.of("ATERA_API_KEY", "secret-key-123456"), err, "--port", "0", "--window", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("soon").doesNotContain("secret-key");
        StringWriter err2 = new StringWriter();
        assertThat(run(Map.of(), err2, "--port", "0", "--keys", "/nonexistent/keys.txt")).isEqualTo(2);
        StringWriter err3 = new StringWriter();
        assertThat(run(Map.of("ATERA_API_KEY", "secret-key-123456"), err3, "--algorithm", "leaky")).isEqualTo(2);
    }

    @Test
    void rejectsMissingOrWeakAdminTokensAndWildcardOrigins(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        Map<String, String> env = Map.of("ATERA_API_KEY", "secret-key-123456");
        StringWriter err = new StringWriter();
        assertThat(run(env, err, "--port", "0", "--admin-token-file", dir.resolve("none").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no admin token file").hasLineCount(1);
        java.nio.file.Path weak = java.nio.file.Files.writeString(dir.resolve("weak"), "short\n");
        StringWriter err2 = new StringWriter();
        assertThat(run(env, err2, "--port", "0", "--admin-token-file", weak.toString())).isEqualTo(2);
        assertThat(err2.toString()).contains("16").doesNotContain("short").hasLineCount(1);
        StringWriter err3 = new StringWriter();
        assertThat(run(env, err3, "--port", "0", "--cors-origin", "*")).isEqualTo(2);
        assertThat(err3.toString()).contains("origin").hasLineCount(1);
        StringWriter err4 = new StringWriter();
        assertThat(run(Map.of("ATERA_API_KEY", "secret-key-123456", "ATERA_STUB_ADMIN_TOKEN", "tiny"), err4, "--port", "0"))
                .isEqualTo(2);
        assertThat(err4.toString()).doesNotContain("tiny").hasLineCount(1);
    }

    @Test
    void rejectsAPendingBoundBelowOne() {
        StringWriter err = new StringWriter();
        assertThat(run(Map.of("ATERA_API_KEY", "secret-key-123456"), err, "--port", "0", "--max-pending", "0"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("max pending responses must be >= 1").hasLineCount(1);
    }
}
