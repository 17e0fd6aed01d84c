package dev.ateraharness.evidence;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sync summary: a JSON array with one object per entity, {@code {"entity","itemsSeen","totalItemCount",
 * "pages","requests","difference","durationMs","paging","duplicateIds","missingIds","replans","keys":[{"key",
 * "requests","pages","items","maxInFlight","concurrency"}]}}. Read: {@code entity}, {@code itemsSeen} and
 * {@code totalItemCount} are required, the counts default to 0, the duration and id counts to -1 (unknown),
 * paging to null; {@code difference} is written for people and ignored on reading (it is derived). Errors are {@link LogFormatException}s naming the
 * file (and line, for bad JSON).
 */
public final class SyncSummaryFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SyncSummaryFormat() {
    }

    public static List<SyncSummaryRow> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new LogFormatException(file, 0, "no such file");
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new LogFormatException(file, line, "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new LogFormatException(file, 0, "expected a JSON array of entity summaries");
        }
        List<SyncSummaryRow> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root) {
            if (!n.isObject() || !n.path("entity").isTextual() || !n.path("itemsSeen").canConvertToLong()
                    || !n.path("totalItemCount").canConvertToLong()) {
                throw new LogFormatException(file, 0, "element " + i
                        + " needs entity (text), itemsSeen and totalItemCount (integers)");
            }
            List<SyncSummaryRow.KeyShareRow> keys = new ArrayList<>();
            for (JsonNode k : n.path("keys")) {
                keys.add(new SyncSummaryRow.KeyShareRow(k.path("key").asText(""), k.path("requests").asLong(0),
                        k.path("pages").asLong(0), k.path("items").asLong(0), k.path("maxInFlight").asInt(0),
                        k.path("concurrency").asInt(0)));
            }
            out.add(new SyncSummaryRow(n.get("entity").asText(), n.get("itemsSeen").asLong(),
                    n.get("totalItemCount").asLong(), n.path("pages").asLong(0), n.path("requests").asLong(0),
                    n.path("durationMs").asLong(-1), n.path("paging").isTextual() ? n.get("paging").asText() : null,
                    n.path("duplicateIds").asLong(-1), n.path("missingIds").asLong(-1), n.path("replans").asLong(0),
                    keys));
            i++;
        }
        return out;
    }

    /** Writes {@code rows} (creating the parent directory), pretty-printed. */
    public static void write(Path file, List<SyncSummaryRow> rows) throws IOException {
        ArrayNode arr = JSON.createArrayNode();
        for (SyncSummaryRow s : rows) {
            ObjectNode o = arr.addObject();
            o.put("entity", s.entity());
            o.put("itemsSeen", s.itemsSeen());
            o.put("totalItemCount", s.totalItemCount());
            o.put("pages", s.pages());
            o.put("requests", s.requests());
            o.put("difference", s.difference());
            if (s.durationMs() >= 0) {
                o.put("durationMs", s.durationMs());
            }
            if (s.paging() != null) {
                o.put("paging", s.paging());
            }
            o.put("duplicateIds", s.duplicateIds());
            o.put("missingIds", s.missingIds());
            o.put("replans", s.replans());
            ArrayNode keys = o.putArray("keys");
            for (SyncSummaryRow.KeyShareRow k : s.keys()) {
                keys.addObject().put("key", k.key()).put("requests", k.requests()).put("pages", k.pages())
                        .put("items", k.items()).put("maxInFlight", k.maxInFlight()).put("concurrency", k.concurrency());
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, JSON.writeValueAsBytes(arr));
    }
}
