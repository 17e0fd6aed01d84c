package dev.ateraharness.stats;

/**
 * One compliance check. Implementations are stateless; {@link ComplianceCheck} decides whether the result is a
 * gate.
 */
public interface Check {

    /** Stable id used in verdict.json, junit.xml and {@code gates}. */
    String id();

    /** Judges the evidence against the settings. Never throws on odd data: it answers inconclusive instead. */
    CheckResult run(Evidence evidence, ComplianceSettings settings);
}
