/**
 * Languages behind one interface, {@link dev.perfscope.lang.LanguageAnalyzer}, listed in the registry
 * ({@code lang.registry.Languages}); each language lives in its own sub-package beside the metric definitions
 * it implements. What the later stages need to know of a language goes through that interface and the registry
 * (which files are modules imported by path: {@link dev.perfscope.lang.ModuleFile}), so that other packages
 * need not test file extensions or language names.
 */
package dev.perfscope.lang;
