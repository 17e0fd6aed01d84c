package dev.ateraharness.simulations.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the folder Gatling is writing this run's report to ({@code <results>/<simulation>-<timestamp>}), so the
 * verdict lands next to {@code index.html}. The results root is {@code -Datera.gatlingResults}, else
 * {@code <atera.reportsDir>/gatling} (what pom.xml gives the Gatling plugin).
 *
 * <p>Gatling does not tell a simulation its run folder; this picks the newest folder named after the simulation
 * that holds a {@code simulation.log} modified since the run started, and falls back to creating
 * {@code <results>/<simulation>-<timestamp>-verdict} (two runs of one simulation at once in one folder may pick each
 * other's: give them separate results roots).
 */
public final class RunFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private RunFolder() {
    }

    public static Path resultsRoot(SimulationSettings settings) {
        String root = System.getProperty("atera.gatlingResults");
        return root != null && !root.isBlank() ? Path.of(root) : Path.of(settings.reportsDir(), "gatling");
    }

    public static Path find(Path root, String simulationSimpleName, long startedMillis) throws IOException {
        String prefix = simulationSimpleName.toLowerCase(Locale.ROOT) + "-";
        Optional<Path> gatling = Optional.empty();
        if (Files.isDirectory(root)) {
            try (Stream<Path> dirs = Files.list(root)) {
                gatling = dirs.filter(Files::isDirectory)
                        .filter(d -> d.getFileName().toString().toLowerCase(Locale.ROOT).startsWith(prefix))
                        .filter(d -> modifiedSince(d.resolve("simulation.log"), startedMillis - 5_000))
                        .max(Comparator.comparing(d -> d.getFileName().toString()));
            }
        }
        if (gatling.isPresent()) {
            return gatling.get();
        }
        Path own = root.resolve(prefix + STAMP.format(Instant.ofEpochMilli(startedMillis)) + "-verdict");
        Files.createDirectories(own);
        return own;
    }

    private static boolean modifiedSince(Path file, long millis) {
        try {
            return Files.exists(file) && Files.getLastModifiedTime(file).toMillis() >= millis;
        } catch (IOException e) {
            return false;
        }
    }
}
