package dev.ateraharness.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    /** Success (for {@code check}: every gate passed). */
    public static final int OK = 0;
    /** {@code check}: a gate failed. */
    public static final int GATE_FAILED = 1;
    /** Usage error or unreadable input. */
    public static final int USAGE = 2;
    /** Authentication or permission refused (401/403). */
    public static final int AUTH = 3;
    /** Any other API error. */
    public static final int API = 4;
    /** Transport failure (I/O, timeout). */
    public static final int TRANSPORT = 5;

    private ExitCodes() {
    }
}
