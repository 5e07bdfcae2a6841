/**
 * What every language read through tree-sitter shares: loading the native grammars (or counting lines where a
 * platform has none), one parser per thread, a watched parse that stops on pathological input, the tree copied
 * into Java arrays and the native one closed, and the first parse error with its line and column. A language
 * brings its symbol-to-kind table ({@link dev.perfscope.lang.treesitter.SymbolKinds}) and its metrics.
 */
package dev.perfscope.lang.treesitter;
