package dev.ateraharness.stub.internal;

import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;

/** WireMock's own reset ({@code POST /__admin/reset}) also clears the arrival log and re-adds the stub's route. */
public final class ResetListener implements StubLifecycleListener {

    private final StubState state;
    private volatile Runnable afterReset = () -> { };

    public ResetListener(StubState state) {
        this.state = state;
    }

    public void afterReset(Runnable r) {
        this.afterReset = r;
    }

    @Override
    public String getName() {
        return "atera-reset";
    }

    @Override
    public void afterStubsReset() {
        state.arrivals().reset();
        afterReset.run();
    }
}
