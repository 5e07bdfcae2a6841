/**
 * Languages behind one interface, {@link dev.perfscope.lang.LanguageAnalyzer}, listed in {@link
 * dev.perfscope.lang.registry.Languages}; each language lives in its own sub-package beside the metric definitions
 * it implements.
 */
package dev.perfscope.lang;

import dev.perfscope.lang.registry.Languages;
