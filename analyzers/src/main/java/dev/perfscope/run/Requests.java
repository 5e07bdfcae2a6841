package dev.perfscope.run;

import dev.perfscope.analysis.AnalysisRequest;
import dev.perfscope.analysis.InputLimits;
import dev.perfscope.baseline.BaselineFile;
import dev.perfscope.baseline.LoadedBaseline;
import dev.perfscope.duplicates.DuplicateSettings;
import dev.perfscope.config.ConfigurationException;
import dev.perfscope.model.Severity;
import dev.perfscope.threshold.FailOn;
import dev.perfscope.threshold.Gate;
import dev.perfscope.threshold.Limit;
import dev.perfscope.threshold.PathThreshold;
import dev.perfscope.threshold.Rule;
import dev.perfscope.threshold.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link RunConfig} into the core's requests, validating each value on the way: a value that cannot
 * be used is a {@link ConfigurationException} naming its setting.
 */
final class Requests {
  /** The metrics cache, in the output directory. */
  static final String CACHE_FILE = "perf-cache.json.gz";

  private Requests() {}

  /** The analysis request, without the baseline ({@link #baseline}). */
  static AnalysisRequest request(RunConfig config) {
    RunConfig.Project project = config.project();
    Thresholds thresholds = thresholds(config.checks());
    AnalysisRequest request = new AnalysisRequest(project.basedir(), project.sourceRoots(),
        trimmed(project.includes()), trimmed(project.excludes()), AnalysisRequest.charset(project.encoding()),
        thresholds).withNeverEntered(project.neverEntered());
    RunConfig.Execution execution = config.execution();
    RunConfig.Inputs inputs = config.inputs();
    return request.withExecution(execution.threads() == null ? Runtime.getRuntime().availableProcessors()
            : execution.threads(), execution.cache() ? config.output().directory().resolve(CACHE_FILE) : null)
        .withHistory(AnalysisRequest.history(inputs.history(), inputs.historyDays(), inputs.since()))
        .withInputs(limits(inputs), inputs.followLinks())
        .withDuplicates(new DuplicateSettings(config.duplicates().enabled(), config.duplicates().minTokens(),
            config.duplicates().minLines()));
  }

  /** Each rule's levels by setting name, then the per-path entries, then the kinds held to them. */
  static Thresholds thresholds(RunConfig.Checks checks) {
    Thresholds thresholds = Thresholds.defaults();
    Map<String, Integer> levels = checks.levels();
    for (Rule rule : Rule.values()) {
      Limit standard = rule.defaultLimit();
      thresholds = thresholds.with(rule, Limit.of(rule,
          levels.getOrDefault(rule.id() + ".warning", standard.warning()),
          levels.getOrDefault(rule.id() + ".critical", standard.critical())));
    }
    List<PathThreshold> overrides = trimmed(checks.pathThresholds()).stream()
        .flatMap(entry -> PathThreshold.parse(entry).stream()).toList();
    return thresholds.withOverrides(overrides).withKinds(Thresholds.kinds(checks.thresholdKinds()));
  }

  static Gate gate(RunConfig.Gating gating) {
    return new Gate(FailOn.parse(gating.failOn()), gating.failOnParseError(), Map.of(
        Severity.CRITICAL, atLeastZero("maxAllowedCritical", gating.maxAllowedCritical()),
        Severity.WARNING, atLeastZero("maxAllowedWarning", gating.maxAllowedWarning())));
  }

  /** The baseline to compare with: the configured file when it exists, by its path relative to the project. */
  static LoadedBaseline baseline(RunConfig config) {
    Path file = config.checks().baselineFile();
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      return new LoadedBaseline(config.project().basedir().relativize(file.toAbsolutePath())
          .toString().replace('\\', '/'), BaselineFile.read(file));
    } catch (IOException e) {
      throw new ConfigurationException("baseline", file.toString(), e.getMessage(),
          "a file written by perf:baseline, or none");
    }
  }

  private static InputLimits limits(RunConfig.Inputs inputs) {
    if (inputs.parseTimeout() < 1) {
      throw new ConfigurationException("parseTimeout", String.valueOf(inputs.parseTimeout()),
          "a whole number >= 1");
    }
    return new InputLimits(InputLimits.size(inputs.maxFileSize()), Duration.ofSeconds(inputs.parseTimeout()));
  }

  private static int atLeastZero(String setting, int value) {
    if (value < 0) {
      throw new ConfigurationException(setting, String.valueOf(value), "a whole number >= 0");
    }
    return value;
  }

  private static List<String> trimmed(List<String> values) {
    return values == null ? List.of() : values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
