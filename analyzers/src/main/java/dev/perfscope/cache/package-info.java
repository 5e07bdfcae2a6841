/** The incremental cache: file metrics keyed by content hash, consulted between reading a file and parsing it. */
package dev.perfscope.cache;
