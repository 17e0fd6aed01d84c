package dev.ateraharness.report.gatling;

import java.util.List;
import java.util.Objects;

/**
 * The run record that opens a Gatling 3.15 {@code simulation.log}: the Gatling version that wrote it, the simulation
 * class, the run's start (epoch ms; every other record's time is an int offset from it), the run description, the
 * scenario names (a user record names its scenario by index into this list) and the simulation's assertions, kept
 * as the opaque bytes Gatling pickled (this project never decodes them; {@code equals} compares these arrays by
 * identity: compare them with {@link java.util.Arrays#equals(byte[], byte[])}).
 */
public record SimulationLogHeader(String gatlingVersion, String simulationClassName, long start,
                                  String runDescription, List<String> scenarios, List<byte[]> assertions) {

    public SimulationLogHeader {
        Objects.requireNonNull(gatlingVersion, "gatlingVersion");
        Objects.requireNonNull(simulationClassName, "simulationClassName");
        Objects.requireNonNull(runDescription, "runDescription");
        scenarios = List.copyOf(scenarios);
        assertions = assertions.stream().map(byte[]::clone).toList();
    }

    /** The same header with other assertions (pickled bytes). */
    public SimulationLogHeader withAssertions(List<byte[]> pickled) {
        return new SimulationLogHeader(gatlingVersion, simulationClassName, start, runDescription, scenarios, pickled);
    }
}
