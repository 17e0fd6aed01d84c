/**
 * The evidence formats, defined once: the arrival log ({@link dev.ateraharness.evidence.ArrivalLogFormat}), the
 * attempt log ({@link dev.ateraharness.evidence.AttemptLogFormat}) and the sync summary
 * ({@link dev.ateraharness.evidence.SyncSummaryFormat}): each with its schema (column names, types, units), one
 * writer and one reader. The stub and the client write through it; stats, plan, the CLI and the simulations read
 * through it. Depends on nothing else in the project.
 */
package dev.ateraharness.evidence;
