package dev.perfscope.sources;

import java.io.Serializable;
import java.nio.file.Path;

/** A file found under a source root: where it is on disk and its path relative to the analysis root. */
public record SourceFile(Path file, String relativePath) implements Serializable {}
