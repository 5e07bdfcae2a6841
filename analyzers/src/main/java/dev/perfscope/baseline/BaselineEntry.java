package dev.perfscope.baseline;

import dev.perfscope.model.Finding;
import java.util.Objects;

/**
 * One finding as the baseline remembers it. Line numbers are left out on purpose: matching survives moved
 * lines and reordered files because it keys on path, function name and rule.
 */
public record BaselineEntry(String rule, String path, String function, int value) {
  public BaselineEntry {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
  }

  static BaselineEntry of(Finding finding) {
    return new BaselineEntry(finding.rule(), finding.path(), finding.function(), finding.value());
  }

  /** What a finding and a baseline entry must share to be the same problem. */
  record Key(String rule, String path, String function) {
    static Key of(Finding f) {
      return new Key(f.rule(), f.path(), f.function());
    }

    static Key of(BaselineEntry e) {
      return new Key(e.rule(), e.path(), e.function());
    }
  }
}
