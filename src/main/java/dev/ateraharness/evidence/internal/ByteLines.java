package dev.ateraharness.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Hands every line of a stream (until the handler says stop) to a handler as a byte range of a reused buffer, without decoding: the buffer is
 * 1 MiB and grows only for a longer line. The range excludes the '\n' (a '\r' before it stays); the last line
 * need not end with '\n'. Not thread-safe; the handler must not keep the buffer.
 */
final class ByteLines {

    /** One line: {@code buf[from, to)}. */
    interface Handler {
        /** False stops the scan. */
        boolean line(byte[] buf, int from, int to) throws IOException;
    }

    private ByteLines() {
    }

    /** True when every line was handled, false when the handler stopped the scan. */
    static boolean forEach(InputStream in, Handler h) throws IOException {
        byte[] buf = new byte[1 << 20];
        int len = 0;
        int pos = 0;
        boolean eof = false;
        while (true) {
            int nl = -1;
            for (int i = pos; i < len; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl < 0) {
                if (eof) {
                    return pos >= len || h.line(buf, pos, len);
                }
                // compact and refill; grow for very long lines
                System.arraycopy(buf, pos, buf, 0, len - pos);
                len -= pos;
                pos = 0;
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int r = in.read(buf, len, buf.length - len);
                if (r < 0) {
                    eof = true;
                } else {
                    len += r;
                }
                continue;
            }
            if (!h.line(buf, pos, nl)) {
                return false;
            }
            pos = nl + 1;
        }
    }
}
