/** The content of the build tool's site pages, as neutral blocks read from analysis results. */
package dev.perfscope.site;
