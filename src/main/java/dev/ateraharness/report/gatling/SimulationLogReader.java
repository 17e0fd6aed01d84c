package dev.ateraharness.report.gatling;

import dev.ateraharness.report.gatling.SimulationLogRecord.ErrorRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.GroupRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.RequestRecord;
import dev.ateraharness.report.gatling.SimulationLogRecord.UserRecord;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Gatling 3.15 {@code simulation.log} one record at a time (memory: a read buffer and the file's string
 * cache, never the records). {@link #open} reads and checks the run record; {@link #next} returns the following
 * records until the end. Anything that is not a complete, well-formed 3.15 log (empty, truncated mid-record, an
 * unknown record header, an impossible length, a cache reference to a string never defined, a scenario index
 * outside the header's list, another Gatling version) is a {@link SimulationLogException} naming the file and the
 * byte offset. Unlike Gatling's own reader, which renders a truncated log partially, this one refuses it: a merge
 * that silently lost rows would print numbers nobody can trust.
 */
public final class SimulationLogReader implements Closeable {

    private final Path file;
    private final InputStream in;
    private final long size;
    private final Map<Integer, String> cache = new HashMap<>();
    private final byte[] scratch = new byte[8];
    private final SimulationLogHeader header;
    private long position;
    private long recordStart;
    private int recordHeader = SimulationLogFormat.RUN;

    private SimulationLogReader(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            this.header = readHeader();
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Opens {@code file} and reads its run record. */
    public static SimulationLogReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new SimulationLogException(file, -1, "no such file (expected a Gatling simulation.log)");
        }
        return new SimulationLogReader(file);
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** The run record. */
    public SimulationLogHeader header() {
        return header;
    }

    /** Byte offset of the record last returned by {@link #next} (of the run record before the first). */
    public long recordOffset() {
        return recordStart;
    }

    /** The next record, or null at the end of the file. */
    public SimulationLogRecord next() throws IOException {
        recordStart = position;
        int h = in.read();
        if (h < 0) {
            return null;
        }
        position++;
        recordHeader = h;
        return switch (h) {
            case SimulationLogFormat.USER -> readUser();
            case SimulationLogFormat.REQUEST -> new RequestRecord(readGroups(), readCachedString(), readInt(),
                    readInt(), readBoolean(), readCachedString());
            case SimulationLogFormat.GROUP -> new GroupRecord(readGroups(), readInt(), readInt(), readInt(),
                    readBoolean());
            case SimulationLogFormat.ERROR -> new ErrorRecord(readCachedString(), readInt());
            default -> throw corrupt(recordStart, "unknown record header byte " + h + " (Gatling 3.15 writes 1 to 4 "
                    + "after the run record): the file is corrupt or not a Gatling 3.15 simulation.log");
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private SimulationLogHeader readHeader() throws IOException {
        if (size == 0) {
            throw new SimulationLogException(file, -1, "the file is empty (Gatling writes the run record first; "
                    + "was the run killed before it started?)");
        }
        int h = in.read();
        position++;
        if (h != SimulationLogFormat.RUN) {
            throw corrupt(0, "starts with byte " + h + ", not a run record (0): not a Gatling simulation.log");
        }
        long versionAt = position;
        String version = readString();
        if (!version.startsWith(SimulationLogFormat.VERSION_PREFIX)) {
            throw corrupt(versionAt, "written by Gatling " + printable(version) + "; this reader knows Gatling "
                    + SimulationLogFormat.VERSION_PREFIX + "x's format only");
        }
        String simulation = readString();
        long start = readLong();
        String description = readString();
        int scenarioCount = readCount("scenario count");
        List<String> scenarios = new ArrayList<>();
        for (int i = 0; i < scenarioCount; i++) {
            scenarios.add(readString());
        }
        int assertionCount = readCount("assertion count");
        List<byte[]> assertions = new ArrayList<>();
        for (int i = 0; i < assertionCount; i++) {
            long at = position;
            int length = readInt();
            checkLength(at, length);
            assertions.add(readBytes(length));
        }
        return new SimulationLogHeader(version, simulation, start, description, scenarios, assertions);
    }

    private UserRecord readUser() throws IOException {
        long at = position;
        int scenario = readInt();
        if (scenario < 0 || scenario >= header.scenarios().size()) {
            throw corrupt(at, "user record names scenario #" + scenario + " but the run record lists "
                    + header.scenarios().size() + " scenario(s)");
        }
        return new UserRecord(scenario, readBoolean(), readInt());
    }

    private List<String> readGroups() throws IOException {
        int count = readCount("group count");
        if (count == 0) {
            return List.of();
        }
        List<String> groups = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            groups.add(readCachedString());
        }
        return groups;
    }

    private String readCachedString() throws IOException {
        long at = position;
        int index = readInt();
        if (index >= 0) {
            String s = readString();
            cache.put(index, s);
            return s;
        }
        String s = index == Integer.MIN_VALUE ? null : cache.get(-index);
        if (s == null) {
            throw corrupt(at, "refers to cached string #" + (-(long) index) + ", which the file never defined");
        }
        return s;
    }

    private String readString() throws IOException {
        long at = position;
        int length = readInt();
        if (length == 0) {
            return "";
        }
        checkLength(at, length);
        byte[] value = readBytes(length);
        long coderAt = position;
        byte coder = (byte) readByte();
        if (coder == SimulationLogFormat.UTF16 && length % 2 != 0) {
            throw corrupt(at, "a UTF16 string of odd length " + length);
        }
        if (coder != SimulationLogFormat.LATIN1 && coder != SimulationLogFormat.UTF16) {
            throw corrupt(coderAt, "unknown string coder " + coder + " (0 LATIN1 or 1 UTF16)");
        }
        return SimulationLogFormat.decode(value, coder);
    }

    private void checkLength(long at, int length) throws SimulationLogException {
        if (length < 0 || length > SimulationLogFormat.MAX_STRING_BYTES) {
            throw corrupt(at, "impossible length " + length);
        }
        if (length > size - position) {
            throw truncated();
        }
    }

    private int readCount(String what) throws IOException {
        long at = position;
        int count = readInt();
        // each element takes at least 4 bytes: a larger count cannot fit in what is left of the file
        if (count < 0 || (long) count * 4 > size - position) {
            if (count >= 0) {
                throw truncated();
            }
            throw corrupt(at, "impossible " + what + " " + count);
        }
        return count;
    }

    private int readByte() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw truncated();
        }
        position++;
        return b;
    }

    private boolean readBoolean() throws IOException {
        long at = position;
        int b = readByte();
        if (b > 1) {
            throw corrupt(at, "a boolean of value " + b);
        }
        return b == 1;
    }

    private int readInt() throws IOException {
        fill(4);
        return (scratch[0] & 0xFF) << 24 | (scratch[1] & 0xFF) << 16 | (scratch[2] & 0xFF) << 8 | scratch[3] & 0xFF;
    }

    private long readLong() throws IOException {
        fill(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | scratch[i] & 0xFF;
        }
        return v;
    }

    private void fill(int n) throws IOException {
        if (in.readNBytes(scratch, 0, n) < n) {
            throw truncated();
        }
        position += n;
    }

    private byte[] readBytes(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw truncated();
        }
        position += n;
        return b;
    }

    private SimulationLogException truncated() {
        return new SimulationLogException(file, recordStart, "truncated: the file ends (" + size + " bytes) inside the "
                + SimulationLogFormat.name(recordHeader) + " record that starts here; was the injector killed "
                + "before Gatling closed its log?");
    }

    private SimulationLogException corrupt(long at, String problem) {
        return new SimulationLogException(file, at, problem);
    }

    private static String printable(String s) {
        String one = s.replaceAll("\\p{Cntrl}", "?");
        return "'" + (one.length() > 40 ? one.substring(0, 40) + "..." : one) + "'";
    }
}
