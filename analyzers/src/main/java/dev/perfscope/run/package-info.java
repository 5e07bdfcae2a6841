/**
 * One goal's run from request to verdict (analysis, console summary, report files, gate), in the build's JVM
 * or in a worker JVM of its own, which then sends back only what the build logs and decides on.
 */
package dev.perfscope.run;
