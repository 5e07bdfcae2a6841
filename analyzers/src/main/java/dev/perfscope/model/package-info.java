/**
 * The records every stage exchanges: per-file and per-function metrics, findings and the whole analysis
 * result. Serialized as-is, they are the JSON report (see {@code docs/report-format.md}).
 */
package dev.perfscope.model;
