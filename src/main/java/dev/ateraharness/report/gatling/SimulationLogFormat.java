package dev.ateraharness.report.gatling;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The constants of Gatling 3.15's {@code simulation.log} (io.gatling.core.stats.writer.LogFileDataWriter and
 * RecordHeader at v3.15.1) and its string coding. Gatling writes a string as the JDK's internal {@code String.value}
 * array and {@code coder}: LATIN1 (one byte a char) when every char fits in a byte, otherwise UTF16 (two bytes a
 * char in the JVM's native byte order, as java.lang.StringUTF16 stores them). Decoding here is exact for both
 * coders; encoding does what a JVM with compact strings (the default) does.
 */
final class SimulationLogFormat {

    static final byte RUN = 0;
    static final byte REQUEST = 1;
    static final byte USER = 2;
    static final byte GROUP = 3;
    static final byte ERROR = 4;

    /** The only format this code knows: Gatling's reader refuses a log from any other version anyway. */
    static final String VERSION_PREFIX = "3.15.";

    static final byte LATIN1 = 0;
    static final byte UTF16 = 1;

    /** A larger string is corruption, not a request name or message; keeps a bad length from allocating GBs. */
    static final int MAX_STRING_BYTES = 16 << 20;

    private static final boolean BIG_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;

    private SimulationLogFormat() {
    }

    static String name(int header) {
        return switch (header) {
            case RUN -> "run";
            case REQUEST -> "request";
            case USER -> "user";
            case GROUP -> "group";
            case ERROR -> "error";
            default -> "unknown";
        };
    }

    /** The coder Gatling writes for {@code s}: LATIN1 when every char fits in one byte. */
    static byte coder(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return UTF16;
            }
        }
        return LATIN1;
    }

    /** The bytes of {@code s} in {@code coder}, as {@code String.value} holds them. */
    static byte[] encode(String s, byte coder) {
        if (coder == LATIN1) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            byte hi = (byte) (c >> 8);
            byte lo = (byte) c;
            b[2 * i] = BIG_ENDIAN ? hi : lo;
            b[2 * i + 1] = BIG_ENDIAN ? lo : hi;
        }
        return b;
    }

    /** The string whose {@code String.value} is {@code b} in {@code coder} (UTF16: even length, checked by the caller). */
    static String decode(byte[] b, byte coder) {
        if (coder == LATIN1) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        char[] c = new char[b.length / 2];
        for (int i = 0; i < c.length; i++) {
            int first = b[2 * i] & 0xFF;
            int second = b[2 * i + 1] & 0xFF;
            c[i] = (char) (BIG_ENDIAN ? first << 8 | second : second << 8 | first);
        }
        return new String(c);
    }
}
