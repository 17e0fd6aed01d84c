package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.evidence.ArrivalLogFormat;
import dev.ateraharness.evidence.ArrivalSink;
import dev.ateraharness.stats.Figures;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code plan --processes K}: K processes sharing each key's limit through Redis, planned in virtual time. */
class PlanProcessesCommandTest {

    private final CliCapture cli = new CliCapture();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--processes=0", "--processes=-2", "--processes=65", "--processes=1000000000",
        "--processes=x", "--processes=99999999999", "--processes=2 --redis-latency=gamma:1",
        "--redis-latency=lognormal:median=1ms"})
    void badValuesAreOneLineAndExitTwo(String option) {
        int code = run(("plan --no-progress --entities=tickets=10 " + option).split(" "));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip()).startsWith("error: ").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void helpExplainsIt() {
        assertThat(run("plan", "--help")).isZero();
        assertThat(out.toString()).contains("--processes=K").contains("through Redis").contains("--redis-latency");
    }

    @Test
    void oneProcessPrintsThePlanOfNoOption(@TempDir Path dir) {
        String base = "plan --no-progress --no-items-curve --threads=1 --entities=tickets=3000,agents=800 "
                + "--workers=1,4 --limit=20 --window=2s --runs=3 --target=1m --latency=fixed:100ms --out=";
        assertThat(run((base + dir.resolve("a")).split(" "))).isZero();
        String plain = tableAndRecommendation(out.toString());
        out.getBuffer().setLength(0);
        assertThat(run((base + dir.resolve("b") + " --processes=1").split(" "))).isZero();
        assertThat(tableAndRecommendation(out.toString())).isEqualTo(plain).doesNotContain("process");
    }

    @Test
    void kProcessesShowTheCountTheCommandsAndStayWithinTheLimitInTheArrivalLog(@TempDir Path dir)
            throws Exception {
        Path arrivals = dir.resolve("arrivals.csv");
        int code = run("plan", "--no-progress", "--no-items-curve", "--threads=1",
                "--entities=tickets=3000,agents=1000,customers=900", "--workers=2", "--limit=20", "--window=2s",
                "--runs=3", "--latency=fixed:50ms", "--processes=2", "--target=10m", "--out=" + dir.resolve("r"),
                "--arrivals-log=" + arrivals);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Every combination runs as 2 processes on the same keys")
                .contains("| keys | processes | workers |").containsPattern("\\| 1 \\*\\*\\(best\\)\\*\\* \\| 2 \\| 2 \\| ")
                .contains("1 key(s) x 2 processes x 2 worker(s)")
                .contains("process 1: atera-harness sync --entity tickets ")
                .contains("process 2: atera-harness sync --entity agents,customers ")
                .contains("--redis redis://REDIS:6379");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("r/plan.json").toFile());
        assertThat(json.get("scenario").get("processes").asInt()).isEqualTo(2);
        assertThat(java.nio.file.Files.readString(dir.resolve("r/plan.html"))).contains("<th>processes</th>")
                .contains("2 processes per key sharing its limit through Redis");
        assertThat(java.nio.file.Files.readString(dir.resolve("r/plan.md"))).contains("| keys | processes | workers |");
        assertThat(json.get("combinations").get(0).get("processes").asInt()).isEqualTo(2);
        // 60 + 20 + 18 pages on one key at 20 per 2 s, whatever the processes
        assertThat(json.get("combinations").get(0).get("floorSeconds").asDouble()).isEqualTo(8.0);

        Map<String, List<Long>> perKey = new HashMap<>();
        ArrivalLogFormat.read(arrivals, new ArrivalSink() {
            @Override
            public void arrival(long t, String key, String method, String path, int status, double retryAfter) {
                perKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }

            @Override
            public void clear() {
                perKey.clear();
            }
        });
        assertThat(perKey).hasSize(1);
        long[] t = perKey.values().iterator().next().stream().mapToLong(Long::longValue).sorted().toArray();
        assertThat(t).hasSize(98);
        // both processes' requests, in one log: never more than N in any window, and the limit is reached
        assertThat(Arrays.stream(Figures.trailingCounts(t, Duration.ofSeconds(2))).max().orElseThrow()).isEqualTo(20);
    }

    private static String tableAndRecommendation(String stdout) {
        return stdout.substring(0, stdout.indexOf("Report: "));
    }
}
