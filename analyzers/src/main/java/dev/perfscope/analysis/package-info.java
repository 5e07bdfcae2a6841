/** The entry point of the core: an {@link dev.perfscope.analysis.AnalysisRequest} run by {@link dev.perfscope.analysis.Analysis}. */
package dev.perfscope.analysis;
