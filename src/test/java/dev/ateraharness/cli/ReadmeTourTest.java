package dev.ateraharness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's five-minute tour parses with today's command line: every {@code java -jar} step names a real
 * command and real options, and writes under {@code reports/}. {@code .ci/tour} runs the same block for real on a
 * clean clone; this test catches a renamed flag in {@code mvn verify} already.
 */
class ReadmeTourTest {

    private static final String JAR = "java -jar target/atera-harness.jar ";

    static List<String> tourCommands() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## A five-minute tour");
        assertThat(start).as("README.md has a '## A five-minute tour' section").isGreaterThanOrEqualTo(0);
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBlock = false;
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("```")) {
                if (inBlock) {
                    break;
                }
                inBlock = true;
                continue;
            }
            if (!inBlock || line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String l = line.replaceAll("\\s+#.*$", "").strip();
            current.append(l.endsWith("\\") ? l.substring(0, l.length() - 1) : l).append(' ');
            if (!l.endsWith("\\")) {
                commands.add(current.toString().strip());
                current.setLength(0);
            }
        }
        return commands;
    }

    @Test
    void theTourRunsStubSyncCheckPlanAndTheMainJob() throws IOException {
        List<String> commands = tourCommands();
        assertThat(commands).as("the tour's commands").isNotEmpty();
        List<String> verbs = commands.stream().filter(c -> c.startsWith(JAR))
                .map(c -> c.substring(JAR.length()).split(" ")[0]).toList();
        assertThat(verbs).containsSubsequence("stub", "sync", "check", "plan");
        assertThat(commands).anyMatch(c -> c.startsWith("mvn -B gatling:test"));
    }

    @Test
    void everyJarStepParsesAndWritesUnderReports() throws IOException {
        List<String> steps = tourCommands().stream().filter(c -> c.startsWith(JAR)).toList();
        assertThat(steps).isNotEmpty();
        for (String step : steps) {
            String[] args = step.substring(JAR.length()).replaceAll("\\s*&$", "").split("\\s+");
            CommandLine cl = AteraHarness.commandLine();
            cl.parseArgs(args);   // throws on an unknown command or option: the README would have lied
            for (int i = 0; i < args.length - 1; i++) {
                if (Arrays.asList("--arrivals-log", "--attempts-log", "--summary", "--out").contains(args[i])) {
                    assertThat(args[i + 1]).as(step).startsWith("reports/");
                }
            }
        }
    }
}
