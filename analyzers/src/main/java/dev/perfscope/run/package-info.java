/**
 * One goal's run from configuration to verdict ({@link dev.perfscope.run.RunSession}): the configuration
 * checked, git opened once and the sources walked once, the fingerprint and the replay of an unchanged run,
 * the fork decision, the analysis with its console summary, report files and gate, in the build's JVM or in
 * a worker JVM of its own (which gets the walked files and sends back only what the build logs and decides
 * on), and the record for the next run.
 */
package dev.perfscope.run;
