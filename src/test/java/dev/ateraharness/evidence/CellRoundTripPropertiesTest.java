package dev.ateraharness.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever string goes into a text cell comes back unchanged, in CSV and in JSON lines, through the one writer and
 * the one reader of each log (strings of Unicode scalar values: a lone surrogate cannot be written as UTF-8).
 */
class CellRoundTripPropertiesTest {

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> nasty = Arbitraries.strings().withChars(",\"\r\n \t;'\\{}[]#=\u00e9\u2028\uFEFF")
                .ofMaxLength(12);
        Arbitrary<String> mixed = Combinators.combine(any, nasty, any).as((a, b, c) -> a + b + c);
        return Arbitraries.oneOf(any, nasty, mixed).filter(CellRoundTripPropertiesTest::scalarValues);
    }

    @Provide
    Arbitrary<String> anyKey() {
        return anyText().filter(s -> !s.isEmpty());
    }

    static boolean scalarValues(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 150)
    void arrivalCellsReadBackUnchanged(@ForAll("anyKey") String key, @ForAll("anyText") String method,
                                       @ForAll("anyText") String path) throws IOException {
        for (LogFormat format : LogFormat.values()) {
            Path file = Files.createTempFile("cells", format == LogFormat.CSV ? ".csv" : ".jsonl");
            try {
                try (ArrivalRowWriter w = ArrivalLogFormat.writer(Files.newBufferedWriter(file,
                        StandardCharsets.UTF_8), format)) {
                    w.write(1_767_225_600_123_456L, key, method, path, 429, 7);
                    w.write(1_767_225_601_000_000L, "plain", "GET", "/api/v3/tickets", 200, -1);
                }
                List<List<Object>> rows = new ArrayList<>();
                ArrivalLogFormat.read(file, new ArrivalSink() {
                    @Override
                    public void arrival(long t, String k, String m, String p, int status, double ra) {
                        rows.add(List.of(t, k, m, p, status, ra));
                    }

                    @Override
                    public void clear() {
                        rows.clear();
                    }
                });
                assertThat(rows).containsExactly(
                        List.of(1_767_225_600_123_456_000L, key, method, path, 429, 7.0),
                        List.of(1_767_225_601_000_000_000L, "plain", "GET", "/api/v3/tickets", 200, Double.NaN));
            } finally {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 150)
    void attemptCellsReadBackUnchanged(@ForAll("anyText") String clientId, @ForAll("anyKey") String key,
                                       @ForAll("anyText") String path, @ForAll("anyText") String reason)
            throws IOException {
        Attempt a = new Attempt(clientId, key, "GET", path, 2, 1_767_225_600_000_001_000L,
                1_767_225_600_250_000_000L, 249.999, Attempt.NONE, 0, "retry", reason, Double.NaN, 1234.5, 2000);
        for (LogFormat format : LogFormat.values()) {
            StringWriter out = new StringWriter();
            try (AttemptRowWriter w = AttemptLogFormat.writer(out, format)) {
                w.write(a);
            }
            Path file = Files.createTempFile("attempts", format == LogFormat.CSV ? ".csv" : ".jsonl");
            try {
                Files.writeString(file, out.toString());
                AttemptLog log = AttemptLogFormat.read(file);
                assertThat(log.complete()).isTrue();
                assertThat(log.attempts()).containsExactly(a);
            } finally {
                Files.delete(file);
            }
        }
    }
}
