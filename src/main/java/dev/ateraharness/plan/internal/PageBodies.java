package dev.ateraharness.plan.internal;

import dev.ateraharness.plan.Entity;
import java.nio.charset.StandardCharsets;

/**
 * Writes the spec profile's paged envelope for one page of an entity without a JSON library: items are tiny
 * {@code {"TicketID":n}} objects with ids 1..N, so a page is a few hundred ASCII bytes built in one pass
 * (a 1M-item sync is 20,000 such pages; no page is stored).
 */
public final class PageBodies {

    private final String listUrl;

    /** @param listUrl the absolute URL of the list route, e.g. {@code https://atera.simulated/api/v3/tickets} */
    public PageBodies(String listUrl) {
        this.listUrl = listUrl;
    }

    /** The envelope of {@code page} at {@code size} items per page; a page past the end has no items. */
    public byte[] page(Entity entity, long page, int size) {
        long total = entity.items();
        long totalPages = (total + size - 1) / size;
        long from = (page - 1) * size + 1;
        long to = Math.min(total, page * (long) size);
        String prefix = "{\"" + entity.idField() + "\":";
        StringBuilder sb = new StringBuilder(64 + (int) Math.max(0, to - from + 1) * (prefix.length() + 9));
        sb.append("{\"items\":[");
        for (long id = from; id <= to; id++) {
            if (id > from) {
                sb.append(',');
            }
            sb.append(prefix).append(id).append('}');
        }
        sb.append("],\"page\":").append(page)
                .append(",\"itemsInPage\":").append(size)
                .append(",\"totalItemCount\":").append(total)
                .append(",\"totalPages\":").append(totalPages)
                .append(",\"prevLink\":\"");
        if (page > 1) {
            appendLink(sb, Math.min(page - 1, Math.max(1, totalPages)), size);
        }
        sb.append("\",\"nextLink\":\"");
        if (page < totalPages) {
            appendLink(sb, page + 1, size);
        }
        sb.append("\"}");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void appendLink(StringBuilder sb, long page, int size) {
        sb.append(listUrl).append("?page=").append(page).append("&itemsInPage=").append(size);
    }
}
