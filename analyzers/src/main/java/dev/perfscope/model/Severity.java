package dev.perfscope.model;

import java.util.Locale;

/** How far past its limits a metric is. Declared from mildest to worst, so {@code compareTo} ranks them. */
public enum Severity {
  WARNING,
  CRITICAL;

  /** The lower-case name used in reports and configuration. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
