package dev.ateraharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ateraharness.stats.Arrival;
import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.stats.ComplianceCheck;
import dev.ateraharness.evidence.SyncSummaryRow;
import dev.ateraharness.stats.Verdict;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportsTest {

    static final long T0 = 1_767_225_600_000_000_000L;
    static final long SEC = 1_000_000_000L;

    @TempDir
    static Path dir;
    static Verdict verdict;
    static ReportFiles files;

    @BeforeAll
    static void write() throws IOException {
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            arrivals.add(new Arrival(T0 + i * 100_000_000L, "aaaaaaaaaaaa", "GET", "/api/v3/tickets", 200,
                    Double.NaN));
        }
        for (int i = 0; i < 800; i++) { // too many for one window: the seed key fails
            arrivals.add(new Arrival(T0 + i * 70_000_000L, "bbbbbbbbbbbb", "GET", "/api/v3/tickets", 200,
                    Double.NaN));
        }
        Random rnd = new Random(3);
        List<Attempt> attempts = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            long t = T0 + r * SEC;
            int tries = 1 + r % 4;
            for (int n = 1; n <= tries; n++) {
                boolean last = n == tries;
                double ceiling = 100 * Math.pow(2, n);
                attempts.add(new Attempt("c", "aaaaaaaaaaaa", "GET", "/api/v3/tickets", n, t, t + 1000,
                        0.001, t + 20_000_000L, last ? 200 : 503, last ? "ok" : "retry", last ? "" : "503",
                        Double.NaN, last ? Double.NaN : ceiling * rnd.nextDouble(), last ? Double.NaN : ceiling));
                t += 30_000_000L + (long) (ceiling * 1_000_000L);
            }
        }
        verdict = ComplianceCheck.builder().limit(700).window(Duration.ofSeconds(60))
                .label("aaaaaaaaaaaa", "shared client").label("bbbbbbbbbbbb", "seed loop").build()
                .run(arrivals, Optional.of(attempts),
                        Optional.of(List.of(new SyncSummaryRow("tickets", 100, 100, 2, 2))));
        files = Reports.writeAll(verdict, dir.resolve("check-20261129-173000"));
    }

    @Test
    void htmlIsSelfContainedAndItsChartsDecode() throws IOException {
        String html = Files.readString(files.html());
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        Matcher m = Pattern.compile("<img alt=\"([^\"]*)\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")
                .matcher(html);
        List<String> titles = new ArrayList<>();
        while (m.find()) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(2))));
            assertThat(img).as(m.group(1)).isNotNull();
            assertThat(img.getWidth()).isGreaterThan(100);
            titles.add(m.group(1));
        }
        assertThat(titles).containsExactly("Requests per second", "Sliding-window count",
                "Backoff delay by attempt", "Latency distribution");
        assertThat(html).contains("shared client").contains("seed loop").contains("limit N = 700");
    }

    @Test
    void junitXmlHasOneTestcasePerCheckAndAFailureForTheFailedGate() throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.junitXml().toFile());
        NodeList cases = d.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(verdict.checks().size()).isEqualTo(7);
        NodeList failures = d.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((Element) failures.item(0).getParentNode()).getAttribute("name")).startsWith("window");
        assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void verdictJsonFollowsTheSchema() throws IOException {
        JsonNode root = new ObjectMapper().readTree(files.verdictJson().toFile());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(VerdictJson.SCHEMA_VERSION);
        assertThat(root.get("overall").asText()).isEqualTo("fail");
        assertThat(root.at("/settings/limit").asInt()).isEqualTo(700);
        assertThat(root.at("/settings/windowSeconds").asDouble()).isEqualTo(60.0);
        assertThat(root.at("/settings/labels/aaaaaaaaaaaa").asText()).isEqualTo("shared client");
        JsonNode checks = root.get("checks");
        assertThat(checks.size()).isEqualTo(7);
        for (JsonNode c : checks) {
            assertThat(c.fieldNames()).toIterable().containsExactly("id", "title", "verdict", "gate", "figure",
                    "threshold", "unit", "explanation", "details");
        }
        JsonNode window = checks.get(0);
        assertThat(window.get("figure").asInt()).isEqualTo(800);
        assertThat(window.at("/details/keys/1/label").asText()).isEqualTo("seed loop");
        assertThat(window.at("/details/keys/0/verdict").asText()).isEqualTo("pass");
        assertThat(checks.get(3).get("id").asText()).isEqualTo("jitter");
    }

    @Test
    void summaryIsAMarkdownTableNamingTheSettings() throws IOException {
        String md = Files.readString(files.summaryMd());
        assertThat(md).contains("| check | verdict | gate |").contains("limit N = 700 per W = 60 s");
        assertThat(md.lines().filter(l -> l.startsWith("| ") && l.contains("`"))).hasSize(7);
        assertThat(md).contains("| shared client | aaaaaaaaaaaa |");
    }

    @Test
    void runIdsAreUtcTimestamps() {
        assertThat(Reports.runId("check", Instant.parse("2026-11-29T17:30:00Z"))).isEqualTo("check-20261129-173000");
    }
}
