/**
 * Code copied across files: {@link dev.perfscope.duplicates.CloneDetector} finds it from the
 * {@link dev.perfscope.model.CodeTokens} each language gives with a file's structure, as
 * {@link dev.perfscope.duplicates.DuplicateSettings} say; advice turns each clone class into an
 * {@code extract-shared} recommendation.
 */
package dev.perfscope.duplicates;
