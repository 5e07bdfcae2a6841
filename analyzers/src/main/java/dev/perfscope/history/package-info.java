/**
 * Stage 4 of the pipeline: what git says about the analyzed files, read with JGit (never by running
 * {@code git}). One walk over the commits in the window gives each file's churn and authors; hotspots rank
 * files by churn and complexity; a changed-files scope restricts pull-request builds. History never parses
 * code: the trend of a hotspot measures past contents through the language analyzers.
 */
package dev.perfscope.history;
