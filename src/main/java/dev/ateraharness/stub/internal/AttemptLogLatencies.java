package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * Reads the round-trip times of an attempt log (the client's contract) as {@code received - sent} of every attempt
 * that has both; rows without a response (status 0, empty received) are skipped, since a timeout is not a latency.
 */
public final class AttemptLogLatencies {

    private AttemptLogLatencies() {
    }

    /** Reads the CSV ({@code sent} and {@code received} columns by header name) or the JSON-lines variant. */
    public static long[] read(Path file) throws IOException {
        long[] values = new long[1024];
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            while (first != null && first.isBlank()) {
                first = in.readLine();
            }
            if (first == null) {
                throw new IOException("empty file");
            }
            boolean json = first.trim().startsWith("{");
            ObjectMapper mapper = json ? new ObjectMapper() : null;
            int sentCol = -1;
            int receivedCol = -1;
            String line = first;
            if (!json) {
                String[] header = first.split(",", -1);
                for (int i = 0; i < header.length; i++) {
                    String h = header[i].trim();
                    if (h.equals("sent")) {
                        sentCol = i;
                    } else if (h.equals("received")) {
                        receivedCol = i;
                    }
                }
                if (sentCol < 0 || receivedCol < 0) {
                    throw new IOException("not an attempt log: no 'sent' and 'received' columns");
                }
                line = in.readLine();
            }
            for (; line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String sent;
                String received;
                if (json) {
                    JsonNode node = mapper.readTree(line);
                    sent = node.path("sent").asText("");
                    received = node.path("received").asText("");
                } else {
                    String[] cells = line.split(",", -1);
                    if (cells.length <= Math.max(sentCol, receivedCol)) {
                        continue;
                    }
                    sent = cells[sentCol].trim();
                    received = cells[receivedCol].trim();
                }
                if (sent.isEmpty() || received.isEmpty()) {
                    continue;
                }
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = epochNanos(received) - epochNanos(sent);
            }
        }
        if (n == 0) {
            throw new IOException("no latencies in " + file);
        }
        return Arrays.copyOf(values, n);
    }

    /** ISO-8601 instant, or epoch milliseconds with an optional fraction. */
    static long epochNanos(String text) throws IOException {
        try {
            if (Character.isDigit(text.charAt(text.length() - 1)) && text.indexOf('T') < 0) {
                return new BigDecimal(text).movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            }
            Instant i = Instant.parse(text);
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        } catch (RuntimeException e) {
            throw new IOException("bad timestamp '" + text + "'", e);
        }
    }
}
