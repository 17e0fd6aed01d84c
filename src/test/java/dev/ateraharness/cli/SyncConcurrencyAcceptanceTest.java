package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.stub.AteraStub;
import dev.ateraharness.stub.StubSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sync --concurrency N|auto} in-process against the real stub: pages fan out, every item once. */
class SyncConcurrencyAcceptanceTest {

    static final String KEY = "cli-concurrency-key-1a2b3c";

    record Run(int code, String out, String err) {
    }

    static Run sync(AteraStub stub, String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = AteraHarness.commandLine();
        ((SyncCommand) cl.getSubcommands().get("sync").getCommand()).environment(Map.of("ATERA_API_KEY", KEY));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] base = {"sync", "--base-url", stub.baseUrl(), "--entity", "tickets", "--items-in-page", "10",
            "--limit", "200", "--window", "2s", "--no-progress"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void fixedAndAutoConcurrencyReadEveryTicketOnceInPageOrder() {
        StubSettings settings = StubSettings.builder().key(KEY).limit(200).window(Duration.ofSeconds(2))
                .dataSize("tickets", 205).build();
        try (AteraStub stub = AteraStub.start(settings)) {
            for (String c : new String[] {"4", "auto", "auto:8"}) {
                Run r = sync(stub, "--concurrency", c);
                assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
                assertThat(r.out()).contains("tickets: items=205 pages=21 requests=21")
                        .contains("difference=0 paging=concurrent duplicateIds=0 missingIds=0");
            }
            Run one = sync(stub, "--concurrency", "1");
            assertThat(one.out()).contains("tickets: items=205 pages=21 requests=21").contains("paging=sequential ");
        }
    }

    @Test
    void aBadConcurrencyIsOneLineAndExitCode2() {
        StubSettings settings = StubSettings.builder().key(KEY).dataSize("tickets", 5).build();
        try (AteraStub stub = AteraStub.start(settings)) {
            Run r = sync(stub, "--concurrency", "lots");
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip()).startsWith("error: concurrency must be").doesNotContain("\n");
            assertThat(sync(stub, "--concurrency", "0").code()).isEqualTo(ExitCodes.USAGE);
        }
    }
}
