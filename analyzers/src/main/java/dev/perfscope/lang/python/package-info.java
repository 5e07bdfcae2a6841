/**
 * Python behind {@link dev.perfscope.lang.LanguageAnalyzer}: {@link dev.perfscope.lang.python.PythonAnalyzer}
 * measures a module in stages, each in its own sub-package, each using only those before it:
 * {@code parser} (text to tokens and a tree, or the syntax error CPython reports first), {@code syntax} (the
 * errors CPython's compiler raises in a module that parses), {@code metrics} (one class per metric of a unit)
 * and {@code structure} (members, edges and blocks, what advice reads). {@code PythonPackagesTest} keeps that
 * order.
 */
package dev.perfscope.lang.python;
