package dev.ateraharness.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

    @Test
    void redactionShowsAtMostTheLastFourCharacters() {
        assertThat(ApiKeys.redact("abcdefghijklmnop1234")).isEqualTo("****1234");
        assertThat(ApiKeys.redact("short")).isEqualTo("****");
        assertThat(ApiKeys.redact(null)).isEqualTo("(none)");
    }

    @Test
    void fingerprintIsStableOneWayAndShort() {
        String f = ApiKeys.fingerprint("secret-key-123456");
        assertThat(f).hasSize(12).matches("[0-9a-f]{12}").isEqualTo(ApiKeys.fingerprint("secret-key-123456"));
        assertThat(f).isNotEqualTo(ApiKeys.fingerprint("secret-key-123457")).doesNotContain("secret");
    }

    @Test
    void keyComesFromEnvironmentOrFile(@TempDir Path dir) throws IOException {
        assertThat(ApiKeys.fromEnvironment(Map.of("ATERA_API_KEY", " k1 "))).contains("k1");
        assertThat(ApiKeys.fromEnvironment(Map.of("ATERA_API_KEY", "  "))).isEmpty();
        Path f = Files.writeString(dir.resolve("key"), "# my key\n\nfile-key\n");
        assertThat(ApiKeys.fromFile(f)).isEqualTo("file-key");
        Path empty = Files.writeString(dir.resolve("empty"), "# nothing\n");
        assertThatThrownBy(() -> ApiKeys.fromFile(empty)).isInstanceOf(IOException.class).hasMessageContaining("no key");
    }
}
