/**
 * The metrics of a module's units, one class per metric with its definition and an example in its javadoc
 * (as {@code docs/metrics.md} gives them): the units themselves ({@link
 * dev.perfscope.lang.python.metrics.ModuleWalker}), code lines, logical lines, parameters, cyclomatic and
 * cognitive complexity, nesting depth.
 */
package dev.perfscope.lang.python.metrics;
