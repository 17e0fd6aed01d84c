package dev.ateraharness.plan.internal;

import dev.ateraharness.plan.Entity;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the spec profile's paged envelope for one page of an entity straight into a byte array, without a JSON
 * library or intermediate strings: items are tiny {@code {"TicketID":n}} objects (the entity's id property) with ids 1..N, so a page is a
 * few hundred ASCII bytes built in one pass (a 1M-item sync is 20,000 such pages; no page is stored).
 */
public final class PageBodies {

    private final String listUrl;
    private final byte[] prefix;

    /**
     * @param listUrl    the absolute URL of the list route, e.g. {@code https://atera.simulated/api/v3/tickets}
     * @param idProperty the JSON property of each item's id, e.g. {@code TicketID}
     */
    public PageBodies(String listUrl, String idProperty) {
        this.listUrl = listUrl;
        this.prefix = ("{\"" + idProperty + "\":").getBytes(StandardCharsets.US_ASCII);
    }

    /** The envelope of {@code page} at {@code size} items per page; a page past the end has no items. */
    public byte[] page(Entity entity, long page, int size) {
        long total = entity.items();
        long totalPages = (total + size - 1) / size;
        long from = (page - 1) * size + 1;
        long to = Math.min(total, page * (long) size);
        Out out = new Out(256 + 2 * listUrl.length() + (int) Math.max(0, to - from + 1) * (prefix.length + 21));
        out.ascii("{\"items\":[");
        for (long id = from; id <= to; id++) {
            if (id > from) {
                out.put((byte) ',');
            }
            out.bytes(prefix).number(id).put((byte) '}');
        }
        out.ascii("],\"page\":").number(page)
                .ascii(",\"itemsInPage\":").number(size)
                .ascii(",\"totalItemCount\":").number(total)
                .ascii(",\"totalPages\":").number(totalPages)
                .ascii(",\"prevLink\":\"");
        if (page > 1) {
            link(out, Math.min(page - 1, Math.max(1, totalPages)), size);
        }
        out.ascii("\",\"nextLink\":\"");
        if (page < totalPages) {
            link(out, page + 1, size);
        }
        return out.ascii("\"}").toArray();
    }

    private void link(Out out, long page, int size) {
        out.ascii(listUrl).ascii("?page=").number(page).ascii("&itemsInPage=").number(size);
    }

    /** A growable ASCII byte buffer. */
    private static final class Out {
        private byte[] buf;
        private int len;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        Out put(byte b) {
            ensure(1);
            buf[len++] = b;
            return this;
        }

        Out bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
            return this;
        }

        Out ascii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[len++] = (byte) s.charAt(i);
            }
            return this;
        }

        Out number(long v) {
            if (v < 0) {
                put((byte) '-');
                v = -v;
            }
            int digits = 1;
            for (long t = v; t >= 10; t /= 10) {
                digits++;
            }
            ensure(digits);
            for (int i = len + digits - 1; i >= len; i--) {
                buf[i] = (byte) ('0' + v % 10);
                v /= 10;
            }
            len += digits;
            return this;
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        byte[] toArray() {
            return len == buf.length ? buf : Arrays.copyOf(buf, len);
        }
    }
}
