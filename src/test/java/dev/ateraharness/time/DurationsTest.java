package dev.ateraharness.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({"60s,60000", "2s,2000", "500ms,500", "1m,60000", "1.5s,1500", "PT3S,3000", "45,45000", "2h,7200000"})
    void parsesTheCliForms(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
        assertThat(Durations.parse(Durations.format(Duration.ofMillis(millis)))).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "0s", "-1s", "", "ms", "1x", "PT0S", "0ms", "-5ms", "NaN", "Infinity"})
    void rejectsOthersWithTheText(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0s", "0ms", "0.0m", "PT0S", " 0 "})
    void zeroIsReadOnlyWhenAllowed(String text) {
        assertThat(Durations.parseAllowingZero(text)).isZero();
        assertThatThrownBy(() -> Durations.parse(text)).hasMessageContaining("positive");
    }

    @ParameterizedTest
    @CsvSource({"60s,60000", "500ms,500", "45,45000", "PT3S,3000"})
    void allowingZeroReadsThePositiveFormsAlike(String text, long millis) {
        assertThat(Durations.parseAllowingZero(text)).isEqualTo(Durations.parse(text))
                .isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1s", "-5ms", "PT-1S", "soon", "", "NaN"})
    void allowingZeroStillRejectsNegativesAndNonsenseWithTheText(String text) {
        assertThatThrownBy(() -> Durations.parseAllowingZero(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({"250us,250000", "40ns,40", "1.5s,1500000000"})
    void readsSubMillisecondUnits(String text, long nanos) {
        assertThat(Durations.parseNanos(text)).isEqualTo(nanos);
    }

    @ParameterizedTest
    @CsvSource({"60000,60 s", "500,500 ms", "1500,1.500 s"})
    void describesForReports(long millis, String text) {
        assertThat(Durations.describe(Duration.ofMillis(millis))).isEqualTo(text);
    }
}
