package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Jetty warns when acceptors exceed the processors (WireMock's default is 3): the stub sets a count that cannot. */
class AteraStubOptionsTest {

    @Test
    void acceptorsNeverExceedOneProcessor() {
        var jetty = AteraStub.wireMockOptions(StubSettings.builder().build()).jettySettings();
        assertThat(jetty.getAcceptors()).contains(1);
        assertThat(jetty.getAcceptors().orElseThrow()).isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void journalAndRequestLoggingStayOff() {
        var o = AteraStub.wireMockOptions(StubSettings.builder().build());
        assertThat(o.requestJournalDisabled()).isTrue();
        assertThat(o.getStubRequestLoggingDisabled()).isTrue();
    }
}
