package dev.ateraharness.report.gatling;

import java.util.List;

/**
 * One record after the run record of a Gatling 3.15 {@code simulation.log}. Times are int milliseconds from the
 * run's start ({@link SimulationLogHeader#start()}), as in the file; strings are decoded (never sanitised: Gatling's
 * reader replaces tabs and newlines when it reads them, the log keeps them).
 */
public sealed interface SimulationLogRecord {

    /**
     * The time at which Gatling writes the record: a user or error event's time, a request's or group's end. Gatling
     * writes records as they happen, so a log is (nearly) ordered by it; a merge keeps that order.
     */
    int time();

    /** The same record with every time moved by {@code delta} ms; ArithmeticException if one leaves the int range. */
    SimulationLogRecord shifted(int delta);

    /** A virtual user starting ({@code start}) or ending, in scenario {@code scenario} (an index into the header's). */
    record UserRecord(int scenario, boolean start, int offset) implements SimulationLogRecord {
        @Override
        public int time() {
            return offset;
        }

        @Override
        public UserRecord shifted(int delta) {
            return new UserRecord(scenario, start, Math.addExact(offset, delta));
        }

        /** The same record in another scenario index (a merge renumbers scenarios). */
        public UserRecord inScenario(int index) {
            return new UserRecord(index, start, offset);
        }
    }

    /** A request (for the bridge: an operation) in its groups, with its start, end, status and message. */
    record RequestRecord(List<String> groups, String name, int start, int end, boolean ok, String message)
            implements SimulationLogRecord {
        public RequestRecord {
            groups = List.copyOf(groups);
        }

        @Override
        public int time() {
            return end;
        }

        @Override
        public RequestRecord shifted(int delta) {
            return new RequestRecord(groups, name, Math.addExact(start, delta), Math.addExact(end, delta), ok, message);
        }
    }

    /** A group ending: its hierarchy, start, end, cumulated response time and status. */
    record GroupRecord(List<String> groups, int start, int end, int cumulatedResponseTime, boolean ok)
            implements SimulationLogRecord {
        public GroupRecord {
            groups = List.copyOf(groups);
        }

        @Override
        public int time() {
            return end;
        }

        @Override
        public GroupRecord shifted(int delta) {
            return new GroupRecord(groups, Math.addExact(start, delta), Math.addExact(end, delta),
                    cumulatedResponseTime, ok);
        }
    }

    /** An error Gatling logged outside a request (e.g. a crashed session). */
    record ErrorRecord(String message, int offset) implements SimulationLogRecord {
        @Override
        public int time() {
            return offset;
        }

        @Override
        public ErrorRecord shifted(int delta) {
            return new ErrorRecord(message, Math.addExact(offset, delta));
        }
    }
}
