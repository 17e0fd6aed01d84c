package dev.ateraharness.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Property(tries = 2000)
    void fastPathAgreesWithJavaTime(@ForAll @LongRange(min = 0, max = 7_258_118_399_999_999L) long micros) {
        Instant i = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
        assertThat(Timestamps.parseNanos(i.toString())).isEqualTo(micros * 1000);
        byte[] b = ("," + i + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Timestamps.isoNanos(b, 1, b.length - 1)).isEqualTo(micros * 1000);
    }

    @Test
    void offsetsAndEpochMillis() {
        assertThat(Timestamps.parseNanos("2026-01-01T01:00:00+01:00"))
                .isEqualTo(Timestamps.parseNanos("2026-01-01T00:00:00Z"));
        assertThat(Timestamps.parseNanos("1767225600000.5")).isEqualTo(1_767_225_600_000_500_000L);
        assertThat(Timestamps.parseNanos("2024-02-29T00:00:00Z")).isEqualTo(1_709_164_800_000_000_000L);
        assertThatThrownBy(() -> Timestamps.parseNanos("2023-02-29T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timestamps.parseNanos("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void formatReadsBack(@ForAll @LongRange(min = -86_400_000_000L, max = 7_258_118_399_999_999L) long micros) {
        String text = Timestamps.formatMicros(micros);
        assertThat(text).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
        assertThat(Timestamps.parseNanos(text)).isEqualTo(micros * 1000);
        assertThat(Timestamps.format(Instant.EPOCH.plus(micros, ChronoUnit.MICROS))).isEqualTo(text);
    }
}
