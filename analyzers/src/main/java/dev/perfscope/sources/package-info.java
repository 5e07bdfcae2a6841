/** Stage 1 of the pipeline: finding the files under the source roots and decoding them as text. */
package dev.perfscope.sources;
