package dev.ateraharness.simulations.bridge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Runs a Gatling simulation inside the test JVM, the way {@code gatling-maven-plugin -Dgatling.sameProcess=true}
 * does. Gatling 3.15 writes no machine-readable statistics next to the report (simulation.log is binary, the
 * numbers are inlined in the HTML), so tests state their expectations as Gatling assertions and read the exit
 * code: that is also exactly how the build gate sees a run.
 */
public final class InProcessGatling {

    /** Gatling's exit codes (io.gatling.app.cli.StatusCode). */
    public static final int SUCCESS = 0;
    public static final int ASSERTIONS_FAILED = 2;

    private InProcessGatling() {
    }

    /** The outcome of one run: Gatling's exit code and its run folder. */
    public record Run(int exitCode, Path folder) {
    }

    /**
     * Runs {@code simulation} with its results in {@code resultsFolder}; {@code atera.gatlingResults} is set to the
     * same folder for the run, so the compliance verdict lands in the run's folder too.
     */
    public static Run run(Class<?> simulation, Path resultsFolder) throws IOException {
        int code;
        System.setProperty("atera.gatlingResults", resultsFolder.toString());
        Files.createDirectories(resultsFolder);
        Path console = resultsFolder.resolve("console.txt");
        PrintStream originalOut = System.out;
        // Gatling's console (including the KOs and failed assertions a test provokes on purpose) goes to a file
        // beside the run, so the build's console shows one line per run, not failures that are expected
        try (PrintStream captured = new PrintStream(Files.newOutputStream(console), true, StandardCharsets.UTF_8)) {
            System.setOut(captured);
            code = scala.Console$.MODULE$.withOut(captured, () -> io.gatling.app.Gatling$.MODULE$.fromArgs(
                    new String[] {"-s", simulation.getName(), "-rf", resultsFolder.toString(), "-l", "junit",
                        "-nr"}));
        } finally {
            System.setOut(originalOut);
            System.clearProperty("atera.gatlingResults");
        }
        originalOut.println("[in-process Gatling] " + simulation.getSimpleName() + ": exit " + code
                + (code == SUCCESS ? "" : code == ASSERTIONS_FAILED ? " (assertions failed; the test checks whether "
                + "it expected that)" : " (error)") + "; Gatling's console: " + console);
        Path folder;
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            folder = runs.filter(Files::isDirectory).max(java.util.Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new AssertionError("Gatling wrote no run folder; exit code " + code));
        }
        return new Run(code, folder);
    }
}
