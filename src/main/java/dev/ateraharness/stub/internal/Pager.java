package dev.ateraharness.stub.internal;

import dev.ateraharness.stub.OverMaxPolicy;
import dev.ateraharness.stub.Profile;
import dev.ateraharness.stub.StubSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * Writes one page of a list in the profile's envelope. Spec: {@code items, page, itemsInPage, totalItemCount,
 * totalPages, prevLink, nextLink} with absolute links and {@code ""} where there is no such page. Seed:
 * {@code items, totalItems, page, itemsInPage, totalPages}.
 */
final class Pager {

    private Pager() {
    }

    record PageRequest(int page, int size) {
    }

    /** Validates page and itemsInPage: non-numeric or below 1 is 400; above the max clamps or is 400. */
    static PageRequest parse(QueryParams q, StubSettings s) {
        int page = positive(q, "page", 1);
        int size = positive(q, "itemsInPage", s.defaultItemsInPage());
        if (size > s.maxItemsInPage()) {
            if (s.overMaxPolicy() == OverMaxPolicy.REJECT_400) {
                throw new BadRequest("itemsInPage must be at most " + s.maxItemsInPage() + ", was " + size);
            }
            size = s.maxItemsInPage();
        }
        return new PageRequest(page, size);
    }

    private static int positive(QueryParams q, String name, int dflt) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        int n;
        try {
            n = Digits.parseInt(v.trim()); // hook(h10s): ASCII digits only
        } catch (NumberFormatException e) {
            throw new BadRequest("The value '" + v + "' is not valid for " + name + ".");
        }
        if (n < 1) {
            throw new BadRequest(name + " must be at least 1, was " + n);
        }
        return n;
    }

    static byte[] write(Profile profile, String absolutePath, QueryParams q, PageRequest pr, List<Row> rows,
                        Function<Row, byte[]> shape) {
        int total = rows.size();
        int totalPages = (int) ((total + (long) pr.size() - 1) / pr.size());
        long from = (long) (pr.page() - 1) * pr.size();
        int to = (int) Math.min(total, from + pr.size());
        // items first, so the buffer is allocated once at its size (a guess per item zeroed ~70 KB per page)
        int n = (int) Math.max(0, to - from);
        byte[][] items = new byte[n][];
        int length = 0;
        for (int k = 0; k < n; k++) {
            items[k] = shape.apply(rows.get((int) (from + k)));
            length += items[k].length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 2 * absolutePath.length() + 256);
        out.writeBytes(ascii("{\"items\":["));
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                out.write(',');
            }
            out.writeBytes(items[k]);
        }
        StringBuilder tail = new StringBuilder(256);
        tail.append(']');
        if (profile == Profile.SEED) {
            tail.append(",\"totalItems\":").append(total).append(",\"page\":").append(pr.page())
                    .append(",\"itemsInPage\":").append(pr.size()).append(",\"totalPages\":").append(totalPages);
        } else {
            String rest = q.passThrough();
            String prev = pr.page() > 1 ? link(absolutePath, Math.min(pr.page() - 1, Math.max(1, totalPages)), pr.size(), rest) : "";
            String next = pr.page() < totalPages ? link(absolutePath, pr.page() + 1, pr.size(), rest) : "";
            tail.append(",\"page\":").append(pr.page()).append(",\"itemsInPage\":").append(pr.size())
                    .append(",\"totalItemCount\":").append(total).append(",\"totalPages\":").append(totalPages)
                    .append(",\"prevLink\":\"").append(prev).append("\",\"nextLink\":\"").append(next).append('"');
        }
        tail.append('}');
        out.writeBytes(tail.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String link(String absolutePath, int page, int size, String rest) {
        return absolutePath + "?page=" + page + "&itemsInPage=" + size + rest.replace("\"", "%22");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
