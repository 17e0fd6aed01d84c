package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressOutputTest {

    @Test
    void outsideATerminalFramesBecomeOnePlainLinePerIntervalAndTheLastOnClose() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressOutput.PlainLines lines = new ProgressOutput.PlainLines(new PrintStream(bytes, true,
                StandardCharsets.UTF_8), 100, now::get);
        for (int i = 0; i <= 100; i++) {
            now.set(i * 250_000_000L); // a frame every 250 ms for 25 s
            lines.accept("\rplan " + i + "%");
        }
        lines.close();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r");
        assertThat(out.lines().toList()).containsExactly("plan 0%", "plan 40%", "plan 80%", "plan 100%");
    }
}
