package dev.ateraharness.client.event;

/** What became of one attempt; {@link #code()} is the attempt log's value. */
public enum AttemptOutcome {
    /** A final response that is not an error (2xx/3xx). */
    OK("ok"),
    /** Failed in a retryable way and another attempt follows. */
    RETRY("retry"),
    /** Final and not ok: given up (attempts, budget, Retry-After too long) or not retryable. */
    FAIL("fail");

    private final String code;

    AttemptOutcome(String code) {
        this.code = code;
    }

    /** The attempt log's spelling. */
    public String code() {
        return code;
    }
}
