package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.stub.ArrivalRecord;
import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.LimitScope;
import dev.ateraharness.stub.StubSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code sync --key-file} with two keys against the real stub, compressed to 20 per 2 s: with the stub's limit per
 * key, the pages split over both keys, neither key sees a 429, and the summary has a line per key (redacted); with
 * the limit per account the same sync sends twice what the account admits and the stub answers 429.
 */
class SyncKeyShardingAcceptanceTest {

    static final String K1 = "shard-cli-key-aaaa-1111";
    static final String K2 = "shard-cli-key-bbbb-2222";

    @TempDir
    Path dir;

    record Run(int code, String out, String err, List<ArrivalRecord> arrivals) {
    }

    Run run(LimitScope scope) throws Exception {
        StubSettings settings = StubSettings.builder().key(K1).key(K2).limit(20).window(Duration.ofSeconds(2))
                .limitScope(scope).dataSize("tickets", 600).build();
        Path keys = dir.resolve("keys-" + scope);
        Files.writeString(keys, "# two keys of separate limits\n" + K1 + "\n\n" + K2 + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (AteraStub stub = AteraStub.start(settings)) {
            CommandLine cl = AteraHarness.commandLine();
            ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(Map.of());
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute("sync", "--base-url", stub.baseUrl(), "--entity", "tickets", "--items-in-page",
                    "10", "--limit", "20", "--window", "2s", "--guard", "250ms", "--no-progress", "--key-file",
                    keys.toString());
            return new Run(code, out.toString(), err.toString(), stub.arrivals().snapshot());
        }
    }

    @Test
    void keysWithSeparateLimitsShareThePagesWithout429s() throws Exception {
        Run r = run(LimitScope.KEY);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out() + r.err()).doesNotContain(K1).doesNotContain(K2);
        assertThat(r.out()).contains("tickets: items=600 pages=60 requests=60")
                .contains("duplicateIds=0 missingIds=0")
                .contains("key " + ApiKeys.redact(K1) + ": requests=").contains("key " + ApiKeys.redact(K2));
        assertThat(r.arrivals()).hasSize(60).noneMatch(a -> a.status() == 429);
        assertThat(r.arrivals().stream().map(ArrivalRecord::key).distinct()).hasSize(2);
    }

    @Test
    void keysOfOneAccountSharingItsLimitDraw429s() throws Exception {
        Run r = run(LimitScope.ACCOUNT);
        assertThat(r.arrivals()).anyMatch(a -> a.status() == 429);
    }
}
