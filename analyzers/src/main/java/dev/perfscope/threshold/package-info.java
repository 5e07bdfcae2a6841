/** Stage 3 of the pipeline: thresholds turn metrics into findings, and the gate decides pass or fail. */
package dev.perfscope.threshold;
