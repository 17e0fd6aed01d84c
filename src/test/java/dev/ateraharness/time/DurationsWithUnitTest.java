package dev.ateraharness.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsWithUnitTest {

    @ParameterizedTest
    @CsvSource({"0,0", "0s,0", "180ms,180000000", "1.5s,1500000000", "60s,60000000000", "10m,600000000000",
        "10min,600000000000", "2h,7200000000000", "250us,250000", "' 40 ns ',40"})
    void readsThePlannersFormsAndZero(String text, long nanos) {
        assertThat(Durations.parseNanosWithUnit(text)).isEqualTo(nanos);
    }

    @ParameterizedTest
    @ValueSource(strings = {"180", "1.5", "", "-1s", "soon", "1x", "5 fortnights"})
    void rejectsBareNumbersNegativesAndNonsenseInOneLine(String text) {
        assertThatThrownBy(() -> Durations.parseNanosWithUnit(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad duration '" + text + "' (expected e.g. 180ms, 1.5s, 60s, 10m, 2h)");
    }

    @ParameterizedTest
    @CsvSource({"850000000,850ms", "12340000000,12.3s", "1728000000000,28m 48s", "3720000000000,1h 02m"})
    void formatsForTables(double nanos, String text) {
        assertThat(Durations.tableForm(nanos)).isEqualTo(text);
    }
}
