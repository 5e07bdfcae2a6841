/**
 * The pipeline: an {@link dev.perfscope.analysis.AnalysisRequest} and the files one walk selected, run by
 * {@link dev.perfscope.analysis.Analysis} into a result. What a whole run does around it (one walk, one git
 * open, fingerprint, replay, fork, record) is the {@code run} package's.
 */
package dev.perfscope.analysis;
