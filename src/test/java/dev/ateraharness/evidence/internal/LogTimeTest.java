package dev.ateraharness.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class LogTimeTest {

    @Property(tries = 2000)
    void fastPathAgreesWithJavaTime(@ForAll @LongRange(min = 0, max = 7_258_118_399_999_999L) long micros) {
        Instant i = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        assertThat(LogTime.parseNanos(i.toString())).isEqualTo(micros * 1000);
        byte[] b = ("," + i + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(LogTime.isoNanos(b, 1, b.length - 1)).isEqualTo(micros * 1000);
    }

    @Test
    void offsetsAndEpochMillis() {
        assertThat(LogTime.parseNanos("2026-01-01T01:00:00+01:00"))
                .isEqualTo(LogTime.parseNanos("2026-01-01T00:00:00Z"));
        assertThat(LogTime.parseNanos("1767225600000.5")).isEqualTo(1_767_225_600_000_500_000L);
        assertThat(LogTime.parseNanos("2024-02-29T00:00:00Z")).isEqualTo(1_709_164_800_000_000_000L);
        assertThatThrownBy(() -> LogTime.parseNanos("2023-02-29T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogTime.parseNanos("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void formatReadsBack(@ForAll @LongRange(min = -86_400_000_000L, max = 7_258_118_399_999_999L) long micros) {
        String text = LogTime.formatMicros(micros);
        assertThat(text).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(LogTime.parseNanos(text)).isEqualTo(micros * 1000);
        assertThat(LogTime.format(Instant.EPOCH.plus(micros, ChronoUnit.MICROS))).isEqualTo(text);
    }
}
