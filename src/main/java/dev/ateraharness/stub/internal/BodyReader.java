package dev.ateraharness.stub.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Reads a request body under one limit that holds twice: for the bytes on the wire and for the bytes after
 * {@code Content-Encoding} is undone, both counted while streaming, so a body never costs more than
 * {@code limit + 1} bytes of each kind however it is framed or compressed (a gzip bomb stops at the limit).
 * Codings: none, identity, gzip (x-gzip), deflate; any other is 415. A decoded body that is itself gzip is 415
 * (WireMock would otherwise inflate it again, unbounded).
 */
final class BodyReader {

    private static final int CHUNK = 8192;

    private BodyReader() {
    }

    enum Coding { IDENTITY, GZIP, DEFLATE }

    /** The coding named by a Content-Encoding value; a 415 {@link BadRequest} for one the stub does not undo. */
    static Coding coding(String contentEncoding) {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return Coding.IDENTITY;
        }
        Coding found = Coding.IDENTITY;
        for (String part : contentEncoding.split(",")) {
            String c = part.trim().toLowerCase(Locale.ROOT);
            Coding next = switch (c) {
                case "identity", "" -> Coding.IDENTITY;
                case "gzip", "x-gzip" -> Coding.GZIP;
                case "deflate" -> Coding.DEFLATE;
                default -> throw new BadRequest(415, "Content-Encoding must be gzip, deflate or identity.");
            };
            if (next != Coding.IDENTITY) {
                if (found != Coding.IDENTITY) {
                    throw new BadRequest(415, "Only one Content-Encoding is supported.");
                }
                found = next;
            }
        }
        return found;
    }

    /**
     * The decoded body: at most {@code limit} bytes on the wire and after decoding, else a 413 {@link BadRequest};
     * undecodable content is a 400; an unreadable stream (bad chunking, early end) is a 400.
     */
    static byte[] read(InputStream wire, Coding coding, int limit) {
        byte[] raw;
        try {
            raw = bounded(wire, limit, "The request body is larger than " + limit + " bytes.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequest b) {
                throw b;
            }
            throw new BadRequest(400, "The request body could not be read (bad chunked encoding or an early end).");
        }
        byte[] body = raw;
        if (coding != Coding.IDENTITY) {
            try (InputStream in = coding == Coding.GZIP ? new GZIPInputStream(new ByteArrayInputStream(raw), CHUNK)
                    : new InflaterInputStream(new ByteArrayInputStream(raw))) {
                body = bounded(in, limit, "The request body is larger than " + limit + " bytes once decoded.");
            } catch (IOException | RuntimeException e) {
                if (e instanceof BadRequest b) {
                    throw b;
                }
                throw new BadRequest(400, "The request body is not valid " + coding.name().toLowerCase(Locale.ROOT) + " data.");
            }
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            throw new BadRequest(415, "A compressed body must be sent once, with Content-Encoding: gzip.");
        }
        return body;
    }

    /**
     * At most {@code limit} bytes of {@code in}, else a 413. The buffer grows by doubling but never past
     * {@code limit + 1}, so a request holds at most about 1.5 x the limit while it reads.
     */
    private static byte[] bounded(InputStream in, int limit, String tooLarge) throws IOException {
        int cap = limit + 1;
        byte[] buf = new byte[Math.min(cap, CHUNK)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (buf.length == cap) {
                    throw new BadRequest(413, tooLarge);
                }
                buf = Arrays.copyOf(buf, (int) Math.min(cap, buf.length * 2L));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        if (n > limit) {
            throw new BadRequest(413, tooLarge);
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }
}
