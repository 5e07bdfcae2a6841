package dev.perfscope.model;

import java.util.Objects;

/** A finding that the code suppresses, and the reason it gives; counted and listed, never dropped. */
public record SuppressedFinding(Finding finding, String reason) {
  public SuppressedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(reason, "reason");
  }
}
