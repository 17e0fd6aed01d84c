package dev.ateraharness.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.evidence.ArrivalLogFormat;
import dev.ateraharness.evidence.ArrivalSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The byte-level CSV fast path reads exactly what the general reader reads whenever it takes a file, and the
 * public read always agrees with the general reader, whatever shape the rows take.
 */
class FastCsvAgreementTest {

    /** Records rows as lists of values. */
    static final class Rows implements ArrivalSink {
        final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void arrival(long t, String key, String method, String path, int status, double ra) {
            rows.add(List.of(t, key, method, path, status, ra));
        }

        @Override
        public void clear() {
            rows.clear();
        }
    }

    @Property(tries = 60)
    void fastPathAgreesWithTheGeneralReader(@ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>();
        lines.add(rnd.nextBoolean() ? "timestamp,key,method,path,status,retry_after_s" : "extra,status,key,timestamp,path");
        boolean full = lines.get(0).startsWith("timestamp");
        String[] keys = {"k1", "abcdefabcdef", "-", "\"quoted,key\""};
        for (int i = 0; i < 200; i++) {
            Instant t = Instant.parse("2026-01-01T00:00:00Z").plus(rnd.nextInt(400 * 86_400) * 1000L
                    + rnd.nextInt(1000), ChronoUnit.MILLIS).plusNanos(rnd.nextInt(1000) * 1000L);
            String ts = switch (rnd.nextInt(4)) {
                case 0 -> t.toString();
                case 1 -> Long.toString(t.toEpochMilli());
                case 2 -> t.toEpochMilli() + "." + rnd.nextInt(1000);
                default -> t.truncatedTo(ChronoUnit.SECONDS).toString();
            };
            String key = keys[rnd.nextInt(keys.length)];
            String status = Integer.toString(rnd.nextBoolean() ? 200 : 429);
            String path = rnd.nextInt(10) == 0 ? "/api/v3/tickets/" + rnd.nextInt(100) : "/api/v3/agents";
            String ra = rnd.nextInt(3) == 0 ? Integer.toString(rnd.nextInt(60)) : rnd.nextInt(3) == 0 ? "1.5" : "";
            lines.add(full ? String.join(",", ts, key, "GET", path, status, ra)
                    : String.join(",", "x", status, key, ts, path));
            if (rnd.nextInt(50) == 0) {
                lines.add("");
            }
        }
        Path f = Files.createTempFile("agree", ".csv");
        try {
            Files.write(f, lines);
            Rows general = new Rows();
            try (RowReader r = RowReader.open(f, ArrivalLogFormat.COLUMNS)) {
                while (r.next()) {
                    ArrivalRows.accept(r, general);
                }
            }
            Rows fast = new Rows();
            if (FastArrivalCsv.read(f, fast)) {
                assertThat(fast.rows).isEqualTo(general.rows);
            }
            Rows viaFormat = new Rows();
            ArrivalLogFormat.read(f, viaFormat);
            assertThat(viaFormat.rows).isEqualTo(general.rows);
        } finally {
            Files.delete(f);
        }
    }

    /** The stub writes its arrival log through the evidence writer; that file must take the fast path whole. */
    @net.jqwik.api.Example
    void theStubsOwnCsvTakesTheFastPath() throws IOException {
        dev.ateraharness.stub.ArrivalRecorder log = new dev.ateraharness.stub.ArrivalRecorder();
        for (int i = 0; i < 1000; i++) {
            log.append(1_767_225_600_000_000L + i * 1234L, i % 3 == 0 ? "-" : "abcdefabcdef", "GET",
                    "/api/v3/tickets/" + (i % 17), i % 10 == 0 ? 429 : 200, i % 10 == 0 ? 5 : -1);
        }
        Path f = Files.createTempFile("stub", ".csv");
        try {
            log.writeCsv(f);
            Rows fast = new Rows();
            assertThat(FastArrivalCsv.read(f, fast)).isTrue();
            assertThat(fast.rows).hasSize(1000);
            assertThat(fast.rows.get(0)).isEqualTo(List.of(1_767_225_600_000_000_000L, "-", "GET",
                    "/api/v3/tickets/0", 429, 5.0));
        } finally {
            Files.delete(f);
        }
    }
}
