package dev.ateraharness.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a sync summary: a JSON array of {@code {"entity","itemsSeen","totalItemCount","pages","requests"}}.
 * {@code entity}, {@code itemsSeen} and {@code totalItemCount} are required; the counts default to 0.
 */
public final class SyncSummaryReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SyncSummaryReader() {
    }

    public static List<SyncSummaryRow> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new LogFormatException(file, 0, "no such file");
        } catch (JsonProcessingException e) {
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
            out.add(new SyncSummaryRow(n.get("entity").asText(), n.get("itemsSeen").asLong(),
                    n.get("totalItemCount").asLong(), n.path("pages").asLong(0), n.path("requests").asLong(0)));
            i++;
        }
        return out;
    }
}
