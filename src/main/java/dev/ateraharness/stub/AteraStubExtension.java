package dev.ateraharness.stub;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * JUnit 5 extension for users' own tests: starts one {@link AteraStub} per test class, injects it into
 * parameters and fields of type {@code AteraStub}, and before each test clears the arrival log and the limiters
 * (data changes are kept: call {@link AteraStub#resetData()} if a test needs pristine data).
 *
 * <p>{@code @ExtendWith(AteraStubExtension.class)} uses the spec defaults with one key, {@link #DEFAULT_KEY},
 * holding every permission; {@code @RegisterExtension static AteraStubExtension stub = new
 * AteraStubExtension(settings)} uses given settings. Not for parallel test methods sharing one stub. The stub's
 * HTTP admin API stays closed (no token, no CORS): tests control it through the injected {@link AteraStub}.
 */
public final class AteraStubExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver, TestInstancePostProcessor {

    /** The key the default settings accept. Not a secret. */
    public static final String DEFAULT_KEY = "atera-harness-test-key";

    private final StubSettings settings;
    private AteraStub stub;

    /** Spec defaults, a dynamic port, and {@link #DEFAULT_KEY}. */
    public AteraStubExtension() {
        this(StubSettings.builder().key(DEFAULT_KEY).build());
    }

    public AteraStubExtension(StubSettings settings) {
        this.settings = settings;
    }

    /** The running stub (null outside a test class's lifetime). */
    public AteraStub stub() {
        return stub;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stub = AteraStub.start(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (stub != null) {
            stub.close();
            stub = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ensure();
        stub.arrivals().reset();
        stub.resetLimiters();
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        ensure();
        for (Class<?> c = testInstance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == AteraStub.class && !Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    f.set(testInstance, stub);
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == AteraStub.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        ensure();
        return stub;
    }

    private synchronized void ensure() {
        if (stub == null) {
            stub = AteraStub.start(settings);
        }
    }
}
