package dev.ateraharness.stub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @ExtendWith} form: default settings, the default key, field and parameter injection, resets between tests. */
@ExtendWith(AteraStubExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AteraStubExtensionAcceptanceTest {

    AteraStub stub;

    @Test
    @Order(1)
    void injectsARunningStubThatAcceptsTheDefaultKey(AteraStub param) {
        assertThat(stub).isNotNull().isSameAs(param);
        assertThat(stub.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/api/v3");
        assertThat(StubHttp.get(stub, "/customers/1", AteraStubExtension.DEFAULT_KEY).statusCode()).isEqualTo(200);
        assertThat(stub.arrivals().size()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void arrivalsAreClearedBeforeEachTest() {
        assertThat(stub.arrivals().size()).isZero();
    }
}
