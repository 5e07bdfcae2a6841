package dev.perfscope.threshold;

import dev.perfscope.model.Threshold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The limit in force for every rule, and the per-path overrides; of the overrides that match a file, the
 * last one listed wins.
 */
public record Thresholds(Map<Rule, Limit> limits, List<PathThreshold> overrides) {

  public Thresholds {
    EnumMap<Rule, Limit> complete = new EnumMap<>(Rule.class);
    complete.putAll(DEFAULTS);
    complete.putAll(limits);
    limits = Collections.unmodifiableMap(complete); // in rule order, so the request describes itself stably
    overrides = List.copyOf(overrides);
  }

  public Thresholds(Map<Rule, Limit> limits) {
    this(limits, List.of());
  }

  private static final Map<Rule, Limit> DEFAULTS = Map.of(
      Rule.FILE_LINES, new Limit(500, 1000),
      Rule.FUNCTION_LINES, new Limit(75, 150),
      Rule.CYCLOMATIC, new Limit(10, 20),
      Rule.COGNITIVE, new Limit(15, 30),
      Rule.PARAMETERS, new Limit(6, 10),
      Rule.NESTING, new Limit(4, 6));

  public static Thresholds defaults() {
    return new Thresholds(Map.of());
  }

  /** The default limit of a rule, for files no override matches. */
  public Limit limit(Rule rule) {
    return limits.get(rule);
  }

  /** The limit of a rule for the file at {@code path}. */
  public Limit limit(Rule rule, String path) {
    Limit limit = limits.get(rule);
    for (PathThreshold override : overrides) {
      if (override.rule() == rule && override.appliesTo(path)) {
        limit = override.limit();
      }
    }
    return limit;
  }

  /** The default levels of every rule, in rule order, as the report states them. */
  public List<Threshold> inForce() {
    return Arrays.stream(Rule.values())
        .map(rule -> new Threshold(rule.id(), limit(rule).warning(), limit(rule).critical())).toList();
  }

  /** A copy with one rule's default limit replaced. */
  public Thresholds with(Rule rule, Limit limit) {
    EnumMap<Rule, Limit> changed = new EnumMap<>(limits);
    changed.put(rule, limit);
    return new Thresholds(changed, overrides);
  }

  /** A copy with these per-path overrides added after the existing ones. */
  public Thresholds withOverrides(List<PathThreshold> added) {
    List<PathThreshold> all = new ArrayList<>(overrides);
    all.addAll(added);
    return new Thresholds(limits, all);
  }
}
