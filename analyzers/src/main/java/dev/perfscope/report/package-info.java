/** Stage 6 of the pipeline: one writer per report format, all reading the same analysis result. */
package dev.perfscope.report;
