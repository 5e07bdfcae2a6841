/**
 * The baseline ratchet: {@code perf-baseline.json} remembers accepted findings, and a later analysis fails
 * only on findings that are new or worse.
 */
package dev.perfscope.baseline;
