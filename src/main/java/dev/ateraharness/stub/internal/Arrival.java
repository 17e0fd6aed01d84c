package dev.ateraharness.stub.internal;

import dev.ateraharness.limit.WindowLimiter;

/**
 * What the guard filter learned about a request, handed to the route transformer on the same Jetty thread
 * (WireMock runs filters, matching and transformers synchronously on the request's thread).
 */
record Arrival(long nanos, String keyFingerprint, WindowLimiter.Decision decision) {

    private static final ThreadLocal<Arrival> CURRENT = new ThreadLocal<>();

    static void set(Arrival a) {
        CURRENT.set(a);
    }

    /** Takes (and clears) this thread's arrival. */
    static Arrival take() {
        Arrival a = CURRENT.get();
        CURRENT.remove();
        return a;
    }
}
