package dev.ateraharness.stub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ateraharness.limit.WindowLimiter;
import dev.ateraharness.stub.ArrivalRecorder;
import dev.ateraharness.stub.LimitScope;
import dev.ateraharness.stub.StubSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stub's limit scope: read from and written to settings JSON; account scope gives every key one window. */
class LimitScopeSettingsTest {

    @Test
    void settingsJsonReadsAndWritesTheScope() throws Exception {
        StubSettings s = SettingsJson.apply(SettingsJson.MAPPER.readTree("{\"limitScope\":\"account\"}"),
                StubSettings.builder(), Path.of(".")).build();
        assertThat(s.limitScope()).isEqualTo(LimitScope.ACCOUNT);
        assertThat(SettingsJson.write(s, true).get("limitScope").asText()).isEqualTo("account");
        assertThat(StubSettings.builder().build().limitScope()).isEqualTo(LimitScope.KEY);
        assertThatThrownBy(() -> SettingsJson.apply(SettingsJson.MAPPER.readTree("{\"limitScope\":\"org\"}"),
                StubSettings.builder(), Path.of("."))).hasMessageContaining("'key' or 'account'");
    }

    @Test
    void accountScopeSharesOneLimiterAndKeyScopeDoesNot() {
        StubSettings key = StubSettings.builder().key("scope-key-one-1111").key("scope-key-two-2222").build();
        StubState perKey = new StubState(key, new ArrivalRecorder());
        assertThat(perKey.key("scope-key-one-1111").limiter()).isNotSameAs(perKey.key("scope-key-two-2222").limiter());
        StubState account = new StubState(key.toBuilder().limitScope(LimitScope.ACCOUNT).build(), new ArrivalRecorder());
        WindowLimiter one = account.key("scope-key-one-1111").limiter();
        assertThat(one).isSameAs(account.key("scope-key-two-2222").limiter());
        perKey.apply(key.toBuilder().limitScope(LimitScope.ACCOUNT).build());
        assertThat(perKey.key("scope-key-one-1111").limiter()).isSameAs(perKey.key("scope-key-two-2222").limiter());
    }
}
