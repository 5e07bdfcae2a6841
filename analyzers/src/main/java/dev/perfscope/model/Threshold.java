package dev.perfscope.model;

import java.util.Objects;

/** The levels of one rule in force for an analysis: a value above {@code warning} is a warning, above {@code critical} critical. */
public record Threshold(String rule, int warning, int critical) {
  public Threshold {
    Objects.requireNonNull(rule, "rule");
  }
}
