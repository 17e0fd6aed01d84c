package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private final CliCapture cli = new CliCapture();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--entities=tickets=abc",
        "--entities=tickets=10,tickets=20",
        "--entities=tickets=10 --keys=0..2",
        "--entities=tickets=10 --keys=4..1",
        "--entities=tickets=10 --workers=x",
        "--entities=tickets=10 --latency=lognormal:median=1s",
        "--entities=tickets=10 --latency=gamma:1",
        "--entities=tickets=10 --window=60",
        "--entities=tickets=10 --fault-rate=1.5",
        "--entities=tickets=10 --runs=0",
        "--entities=tickets=10 --target=soon",
        "--entities=tickets=10 --algorithm=leaky",
        "--entities=tickets=10 --split=random",
        "--entities=tickets=10 --split=pages",
        "--entities=Tickets!=10",
        "--entities=widgets=10",
        "--keys=2",
        "--entities=tickets=10 --limit=many",
        "--entities=tickets=2000000000 --items-in-page=50",
        "--entities=tickets=10 --faults=no-such-faults.json",
        "--entities=tickets=10 --settings=no-such-settings.json",
        "--entities=ticket-comments=10"
    })
    void badInputIsOneLineAndExitTwo(String args) {
        int code = run(("plan --no-progress " + args).split(" "));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        String e = err.toString().strip();
        assertThat(e).startsWith("error: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void writesJsonMarkdownAndHtmlWithEmbeddedCharts(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r");
        int code = run("plan", "--no-progress", "--entities=tickets=3000,agents=200", "--keys=1..2",
                "--workers=1,2", "--latency=fixed:100ms", "--limit=20", "--window=2s", "--runs=3", "--target=4m",
                "--out=" + report, "--run-id=test-run", "--threads=1");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("| keys | workers |").contains("Best for a 4m 00s target");
        JsonNode json = new ObjectMapper().readTree(report.resolve("plan.json").toFile());
        assertThat(json.get("runId").asText()).isEqualTo("test-run");
        assertThat(json.get("combinations")).hasSize(4);
        JsonNode first = json.get("combinations").get(0);
        // 64 pages at 20 per 2 s on one key: floor((64-1)/20) * 2 s = 6 s
        assertThat(first.get("floorSeconds").asDouble()).isEqualTo(6.0);
        assertThat(first.get("medianSeconds").asDouble()).isGreaterThanOrEqualTo(6.0);
        assertThat(json.get("recommendation").get("keys").asInt()).isEqualTo(1);
        assertThat(json.get("itemsCurve").get("points")).hasSize(5);
        String html = Files.readString(report.resolve("plan.html"));
        assertThat(html.split("src=\"data:image/png;base64,", -1)).hasSize(4); // three charts
        assertThat(html).doesNotContain("<script").doesNotContain("http://").contains("test-run");
        assertThat(Files.readString(report.resolve("plan.md"))).contains("![sync-vs-keys](sync-vs-keys.png)");
        byte[] png = Files.readAllBytes(report.resolve("sync-vs-keys.png"));
        assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--guard=0", "--guard=1s"})
    void theGuardDefaultsToTheClientsAndZeroLatencyHitsTheGuardedFloor(String guardOption, @TempDir Path dir)
            throws Exception {
        String args = "plan --no-progress --entities=tickets=3000 --latency=0 --limit=20 --window=2s --runs=1 "
                + "--no-items-curve --threads=1 --out=" + dir.resolve("r") + " " + guardOption;
        assertThat(run(args.strip().split(" "))).as(err.toString()).isEqualTo(ExitCodes.OK);
        JsonNode first = new ObjectMapper().readTree(dir.resolve("r").resolve("plan.json").toFile())
                .get("combinations").get(0);
        double guard = guardOption.isEmpty()
                ? dev.ateraharness.client.limit.RateLimiterConfig.DEFAULT_GUARD.toMillis() / 1000.0
                : guardOption.endsWith("1s") ? 1.0 : 0.0;
        // 60 pages at 20 per 2 s: floor(59/20) = 2 windows crossed, each costing W + guard with the real client
        assertThat(first.get("floorSeconds").asDouble()).isEqualTo(4.0);
        assertThat(first.get("medianSeconds").asDouble()).isCloseTo(2 * (2.0 + guard),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void readsTheStubsSettingsAndFaultsFilesAndWritesOneRunsArrivalLog(@TempDir Path dir) throws Exception {
        Path faults = dir.resolve("faults.json");
        Files.writeString(faults, "{\"seed\":3,\"global\":{\"error503\":0.05,\"retryAfter503Seconds\":1,"
                + "\"latency\":{\"type\":\"fixed\",\"fixedMs\":200}}}");
        Path arrivals = dir.resolve("arrivals.csv");
        int code = run("plan", "--no-progress", "--no-items-curve", "--settings=stubs/spec.json",
                "--faults=" + faults, "--entities=tickets=2000", "--keys=1..2", "--runs=3", "--out=" + dir.resolve("r"),
                "--arrivals-log=" + arrivals, "--arrivals-of=2x1:2");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Arrival log of 2 key(s) x 1 worker(s), run 2");
        java.util.List<String> lines = Files.readAllLines(arrivals);
        assertThat(lines.get(0)).isEqualTo("timestamp,key,method,path,status,retry_after_s");
        // 40 pages over two keys, plus a retry for each 503 the faults file injected
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(40);
        assertThat(lines).anyMatch(l -> l.contains(",503,1"));
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[1]).distinct()).hasSize(2);
        // the faults file's latency is the plan's (no --latency given)
        JsonNode plan = new ObjectMapper().readTree(dir.resolve("r/plan.json").toFile());
        assertThat(plan.toString()).contains("fixed:200ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3x1", "1x2", "1x1:4", "1x1:0", "2by1", "1x1:99999999999"})
    void anArrivalsOfThatIsNotPlannedFailsBeforeThePlanRuns(String of, @TempDir Path dir) {
        int code = run("plan", "--no-progress", "--no-history", "--no-items-curve", "--entities=tickets=500",
                "--keys=1..2", "--runs=3", "--out=" + dir.resolve("r"), "--arrivals-log=" + dir.resolve("a.csv"),
                "--arrivals-of=" + of);
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip()).startsWith("error: ").contains("--arrivals-of").doesNotContain("\n");
        assertThat(out.toString()).isEmpty(); // no table: nothing was planned
        assertThat(dir.resolve("r")).doesNotExist();
        assertThat(dir.resolve("a.csv")).doesNotExist();
    }
}
