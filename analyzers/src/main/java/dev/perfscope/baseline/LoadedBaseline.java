package dev.perfscope.baseline;

import java.util.Objects;

/** A baseline read from disk, with the path reports name it by. */
public record LoadedBaseline(String file, Baseline content) {
  public LoadedBaseline {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
  }
}
