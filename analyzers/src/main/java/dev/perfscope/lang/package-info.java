/**
 * Languages behind one interface, {@link dev.perfscope.lang.LanguageAnalyzer}, listed in the registry
 * ({@code lang.registry.Languages}); each language lives in its own sub-package beside the metric definitions
 * it implements.
 */
package dev.perfscope.lang;
