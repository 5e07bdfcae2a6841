package dev.perfscope.threshold;

import dev.perfscope.config.ConfigurationException;
import dev.perfscope.config.Defaults;
import dev.perfscope.model.FileKind;
import dev.perfscope.model.Threshold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The limit in force for every rule, the per-path overrides (of the overrides that match a file, the last one
 * listed wins), and the kinds of file held to them (the setting {@code thresholdKinds}; by default only source).
 */
public record Thresholds(Map<Rule, Limit> limits, List<PathThreshold> overrides, Set<FileKind> kinds) {
  /** The kinds held to thresholds unless configured otherwise. */
  public static final Set<FileKind> DEFAULT_KINDS = Set.of(FileKind.byId(Defaults.THRESHOLD_KINDS));

  public Thresholds {
    EnumMap<Rule, Limit> complete = new EnumMap<>(Rule.class);
    complete.putAll(DEFAULTS);
    complete.putAll(limits);
    limits = Collections.unmodifiableMap(complete); // in rule order, so the request describes itself stably
    overrides = List.copyOf(overrides);
    kinds = kinds == null ? DEFAULT_KINDS : Collections.unmodifiableSet(EnumSet.copyOf(kinds)); // in kind order
  }

  public Thresholds(Map<Rule, Limit> limits, List<PathThreshold> overrides) {
    this(limits, overrides, DEFAULT_KINDS);
  }

  public Thresholds(Map<Rule, Limit> limits) {
    this(limits, List.of());
  }

  /**
   * The kinds listed in {@code value}, comma-separated (such as {@code source,documentation}), or a
   * configuration error naming {@code thresholdKinds}; blank means the default.
   */
  public static Set<FileKind> kinds(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_KINDS;
    }
    Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
    for (String id : value.split(",")) {
      FileKind kind = FileKind.byId(id.strip().toLowerCase(Locale.ROOT));
      if (kind == null) {
        throw new ConfigurationException("thresholdKinds", value,
            "a comma-separated list of " + FileKind.ids());
      }
      kinds.add(kind);
    }
    if (kinds.isEmpty()) {
      throw new ConfigurationException("thresholdKinds", value, "a comma-separated list of " + FileKind.ids());
    }
    return kinds;
  }

  /** Whether files of this kind are held to the thresholds. */
  public boolean holds(FileKind kind) {
    return kinds.contains(kind);
  }

  /** Whether files of this kind get advice: source always, tests when they are held to the thresholds. */
  public boolean advises(FileKind kind) {
    return kind == FileKind.SOURCE || kind == FileKind.TEST && holds(kind);
  }

  /** A copy holding these kinds of file to the thresholds. */
  public Thresholds withKinds(Set<FileKind> held) {
    return new Thresholds(limits, overrides, held);
  }

  private static final Map<Rule, Limit> DEFAULTS = Arrays.stream(Rule.values())
      .collect(Collectors.toMap(rule -> rule, Rule::defaultLimit));

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
    return new Thresholds(changed, overrides, kinds);
  }

  /** A copy with these per-path overrides added after the existing ones. */
  public Thresholds withOverrides(List<PathThreshold> added) {
    List<PathThreshold> all = new ArrayList<>(overrides);
    all.addAll(added);
    return new Thresholds(limits, all, kinds);
  }
}
