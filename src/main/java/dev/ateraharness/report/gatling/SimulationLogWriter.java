package dev.ateraharness.report.gatling;

import dev.ateraharness.report.gatling.SimulationLogRecord.ErrorRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.GroupRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.RequestRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.UserRecord;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a Gatling 3.15 {@code simulation.log} the way Gatling's LogFileDataWriter does: big-endian, the run record
 * first (written by the constructor), strings in the JDK's internal coding, request names, groups and messages
 * through a string cache of its own whose indexes start at 1. Memory: a write buffer and one cache entry per
 * distinct cached string, as in Gatling. Closing the writer closes the stream.
 */
public final class SimulationLogWriter implements Closeable {

    private final DataOutputStream out;
    private final int scenarioCount;
    private final Map<String, Integer> cache = new HashMap<>();
    private int nextIndex = 1; // Gatling starts at 1: a cache hit is written as -index, and -0 would be a miss

    /** Starts a log on {@code out} with {@code header}'s run record. */
    public SimulationLogWriter(OutputStream out, SimulationLogHeader header) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        this.scenarioCount = header.scenarios().size();
        this.out.writeByte(SimulationLogFormat.RUN);
        writeString(header.gatlingVersion());
        writeString(header.simulationClassName());
        this.out.writeLong(header.start());
        writeString(header.runDescription());
        this.out.writeInt(scenarioCount);
        for (String s : header.scenarios()) {
            writeString(s);
        }
        this.out.writeInt(header.assertions().size());
        for (byte[] a : header.assertions()) {
            this.out.writeInt(a.length);
            this.out.write(a);
        }
    }

    /** Appends one record. */
    public void write(SimulationLogRecord record) throws IOException {
        if (record instanceof UserRecord u) {
            if (u.scenario() < 0 || u.scenario() >= scenarioCount) {
                throw new IllegalArgumentException("scenario #" + u.scenario() + " of " + scenarioCount);
            }
            out.writeByte(SimulationLogFormat.USER);
            out.writeInt(u.scenario());
            out.writeBoolean(u.start());
            out.writeInt(u.offset());
        } else if (record instanceof RequestRecord r) {
            out.writeByte(SimulationLogFormat.REQUEST);
            writeGroups(r.groups());
            writeCachedString(r.name());
            out.writeInt(r.start());
            out.writeInt(r.end());
            out.writeBoolean(r.ok());
            writeCachedString(r.message());
        } else if (record instanceof GroupRecord g) {
            out.writeByte(SimulationLogFormat.GROUP);
            writeGroups(g.groups());
            out.writeInt(g.start());
            out.writeInt(g.end());
            out.writeInt(g.cumulatedResponseTime());
            out.writeBoolean(g.ok());
        } else if (record instanceof ErrorRecord e) {
            out.writeByte(SimulationLogFormat.ERROR);
            writeCachedString(e.message());
            out.writeInt(e.offset());
        }
    }

    /** Writes what is buffered to the stream. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeGroups(List<String> groups) throws IOException {
        out.writeInt(groups.size());
        for (String g : groups) {
            writeCachedString(g);
        }
    }

    private void writeCachedString(String s) throws IOException {
        Integer index = cache.get(s);
        if (index != null) {
            out.writeInt(-index);
            return;
        }
        out.writeInt(nextIndex);
        writeString(s);
        cache.put(s, nextIndex++);
    }

    private void writeString(String s) throws IOException {
        if (s.isEmpty()) {
            out.writeInt(0);
            return;
        }
        byte coder = SimulationLogFormat.coder(s);
        byte[] value = SimulationLogFormat.encode(s, coder);
        out.writeInt(value.length);
        out.write(value);
        out.writeByte(coder);
    }
}
