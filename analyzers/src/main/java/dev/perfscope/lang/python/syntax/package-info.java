/**
 * The errors CPython's compiler raises in a module the grammar accepts ({@code from __future__} imports,
 * assignment targets, call arguments, where statements may stand), behind
 * {@link dev.perfscope.lang.python.syntax.CompileChecks}.
 */
package dev.perfscope.lang.python.syntax;
