package dev.ateraharness.simulations.seed;

/**
 * What the seed's JavaScript would have thrown at that point ({@code TypeError}, {@code SyntaxError},
 * {@code Error("HTTP 500: ")}), as one exception type so a simulation can report it as KO.
 */
public final class SeedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public SeedFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status of the response that caused it, 0 if none. */
    public int status() {
        return status;
    }
}
